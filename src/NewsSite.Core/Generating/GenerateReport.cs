using System.Globalization;

namespace NewsSite.Generating;

/// <summary>The outcome of a run: what it wrote, or the count of real articles that stopped it.</summary>
public sealed record GenerateReport(GenerateCounts Counts, int Tags, int Creatives, int ComputedRelated, int RealArticles, TimeSpan Elapsed)
{
    public bool WasRefused { get; private init; }

    /// <summary>Where <see cref="Elapsed"/> went, phase by phase.</summary>
    public IReadOnlyList<GeneratePhase> Phases { get; init; } = [];

    /// <summary>The CPU time the process spent over the whole run, on all its threads.</summary>
    public TimeSpan CpuTime { get; init; }

    public static GenerateReport Refused(int realArticles) => new(default, 0, 0, 0, realArticles, TimeSpan.Zero) { WasRefused = true };

    public string Summary => WasRefused
        ? string.Create(CultureInfo.InvariantCulture,
            $"refused: the store holds {RealArticles:N0} real article(s) (imported or written by editors); run with --force to add generated ones beside them")
        : string.Create(CultureInfo.InvariantCulture,
            $"generated {Counts.Articles:N0} articles ({Counts.Drafts:N0} drafts, {Counts.Scheduled:N0} scheduled), {Tags:N0} tags ({Counts.TagLinks:N0} taggings), {Counts.RelatedLinks:N0} curated and {ComputedRelated:N0} computed related links, {Creatives:N0} ad creatives in {Elapsed.TotalSeconds:F1} s (CPU {CpuTime.TotalSeconds:F1} s: {PhaseTimes})");

    private string PhaseTimes => string.Join(", ", Phases.Select(p =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Wall.TotalSeconds:F1} s, CPU {p.Cpu.TotalSeconds:F1} s")));
}
