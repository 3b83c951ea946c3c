using System.Diagnostics;

namespace NewsSite.Generating;

/// <summary>One step of a run: how long it took, and how much CPU time the process spent in it (all threads).</summary>
public readonly record struct GeneratePhase(string Name, TimeSpan Wall, TimeSpan Cpu);

/// <summary>
/// Times a run's phases one after the other. CPU time is reported beside wall time because the machines these runs
/// are measured on are shared: a busy neighbour stretches the wall time, much less the CPU time.
/// </summary>
public sealed class GeneratePhases
{
    private readonly List<GeneratePhase> _phases = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Cpu();
    private TimeSpan _wallMark;
    private TimeSpan _cpuMark;

    public GeneratePhases() => _cpuMark = _cpuAtStart;

    public IReadOnlyList<GeneratePhase> All => _phases;

    public TimeSpan Elapsed => _clock.Elapsed;

    public TimeSpan CpuTime => Cpu() - _cpuAtStart;

    /// <summary>Ends the phase that began when the one before it ended (or when the run began).</summary>
    public void End(string name)
    {
        var (wall, cpu) = (_clock.Elapsed, Cpu());
        _phases.Add(new GeneratePhase(name, wall - _wallMark, cpu - _cpuMark));
        (_wallMark, _cpuMark) = (wall, cpu);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
