using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace NewsSite.Browser.Tests.HtmlValidity;

/// <summary>One checker error; <paramref name="FileName"/> is the checked file's name without its folder.</summary>
public sealed record HtmlError(string FileName, int Line, int Column, string Message, string Extract);

/// <summary>The Nu Html Checker (npm package vnu-jar, run with Java), over many files in one JVM start.</summary>
public static class NuHtmlChecker
{
    public static string JarPath { get; } =
        Path.Combine(RepositoryRoot.Path, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static async Task<IReadOnlyList<HtmlError>> CheckAsync(IReadOnlyCollection<string> files)
    {
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException(
                $"The Nu Html Checker is missing at {JarPath}. Run `npm ci --ignore-scripts` at the repository root (.ci/run does).");
        }

        // -Xss2m: the checker's regular expressions overflow the default thread stack on long pages.
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-Xss2m", "-jar", JarPath, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(arg);
        }

        Process java;
        try
        {
            java = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("java is not installed: `apt-get install -y openjdk-17-jre-headless`.", e);
        }

        using (java)
        {
            var stdout = java.StandardOutput.ReadToEndAsync();
            var stderr = java.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await java.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                java.Kill(entireProcessTree: true);
                throw new TimeoutException("The Nu Html Checker ran for over 3 minutes.");
            }
            // The checker writes its JSON report on stderr and exits 1 when it found errors.
            return Parse(await stderr, await stdout);
        }
    }

    private static List<HtmlError> Parse(string report, string stdout)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(report);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The checker gave no JSON report:\n{report}\n{stdout}", e);
        }

        using (json)
        {
            return [.. json.RootElement.GetProperty("messages").EnumerateArray().Select(m => new HtmlError(
                Path.GetFileName(Uri.UnescapeDataString(Text(m, "url"))),
                Number(m, "lastLine"),
                Number(m, "firstColumn"),
                Text(m, "message"),
                Text(m, "extract")))];
        }
    }

    private static string Text(JsonElement m, string name) => m.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";

    private static int Number(JsonElement m, string name) => m.TryGetProperty(name, out var v) ? v.GetInt32() : 0;
}
