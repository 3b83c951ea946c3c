namespace NewsSite.Importing;

/// <summary>
/// The site's command lines, run on the same program as the site:
/// <c>dotnet run --project src/NewsSite.Web -- import &lt;file-or-folder&gt; [--dry-run]</c>, and <c>generate</c> (see <see cref="GenerateCommand"/>).
/// </summary>
internal static class SiteCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "generate";

    /// <summary>
    /// The arguments for configuration, without the commands' bare flags: configuration would read
    /// <c>--force --ConnectionStrings:NewsSite x</c> as the key "force" with the value "--ConnectionStrings:NewsSite".
    /// </summary>
    public static string[] ConfigurationArgs(string[] args) =>
        IsCommand(args) ? [.. args.Where(a => a is not ("--dry-run" or "--force"))] : args;

    /// <returns>The process exit code: 0 when every file imported or was unchanged, 1 when one was rejected, 2 on a usage error.</returns>
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        if (args[0] == "generate")
        {
            return await GenerateCommand.RunAsync(args, services, output);
        }

        var dryRun = false;
        var paths = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--dry-run")
            {
                dryRun = true;
            }
            else if (args[i].StartsWith('-'))
            {
                // A configuration switch such as --Database:Provider SqlServer; its value is the next argument.
                i += args[i].Contains('=', StringComparison.Ordinal) ? 0 : 1;
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count != 1)
        {
            await output.WriteLineAsync("usage: import <file-or-folder> [--dry-run]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<SeedImporter>();
        var report = await importer.ImportAsync(Path.GetFullPath(paths[0]), dryRun);
        foreach (var file in report.Files)
        {
            await output.WriteLineAsync(file.Describe(dryRun));
        }

        await output.WriteLineAsync(report.Summary);
        return report.Succeeded ? 0 : 1;
    }
}
