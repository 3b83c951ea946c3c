using System.Diagnostics;
using System.Globalization;
using NewsSite.Generating;

namespace NewsSite.Importing;

/// <summary>
/// <c>generate --articles N [--seed S] [--as-of yyyy-MM-dd] [--force]</c>: fills the store with N generated stories
/// for benchmarks (see <see cref="StoreGenerator"/>).
/// </summary>
internal static class GenerateCommand
{
    public const string Usage = "usage: generate --articles N [--seed S] [--as-of yyyy-MM-dd] [--force]";

    /// <returns>0 when written, 1 when refused because the store holds real content, 2 on a usage error.</returns>
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        int? articles = null;
        var seed = 1;
        var asOf = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var force = false;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--articles" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    (articles, i) = (n, i + 1);
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    (seed, i) = (s, i + 1);
                    break;
                case "--as-of" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                    (asOf, i) = (day, i + 1);
                    break;
                case "--force":
                    force = true;
                    break;
                case var other when other.StartsWith("--", StringComparison.Ordinal) && other.Contains(':', StringComparison.Ordinal):
                    // A configuration switch such as --ConnectionStrings:NewsSite "Data Source=..."; its value is the next argument.
                    i += other.Contains('=', StringComparison.Ordinal) ? 0 : 1;
                    break;
                default:
                    articles = null;
                    i = args.Length;
                    break;
            }
        }

        if (articles is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var plan = new GenerationPlan(articles.Value, seed, asOf);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"generating {plan.Articles:N0} articles, seed {plan.Seed}, as of {plan.AsOf:yyyy-MM-dd}"));
        var report = await new StoreGenerator(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Store.NewsSiteDb>>())
            .GenerateAsync(plan, force, new ProgressLines(output, plan.Articles));
        await output.WriteLineAsync(report.Summary);
        return report.WasRefused ? 1 : 0;
    }

    // Synchronous on purpose: Progress<T> would post lines to the thread pool, out of order.
    private sealed class ProgressLines(TextWriter output, int total) : IProgress<int>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _next = Math.Max(total / 10, 1);

        public void Report(int value)
        {
            if (value >= _next || value == total)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value:N0} / {total:N0} articles, {_clock.Elapsed.TotalSeconds:F1} s"));
                _next = value + Math.Max(total / 10, 1);
            }
        }
    }
}
