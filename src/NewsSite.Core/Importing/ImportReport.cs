namespace NewsSite.Importing;

public enum ImportOutcome
{
    Imported,
    Unchanged,
    Rejected,
}

/// <summary>What became of one file: imported (or, in a dry run, would be), unchanged, or rejected and why.</summary>
public sealed record FileImportResult(string File, ImportOutcome Outcome, string? Reason, IReadOnlyList<string> Slugs)
{
    public static FileImportResult Rejected(string file, string reason) => new(file, ImportOutcome.Rejected, reason, []);

    public string Describe(bool dryRun) => Outcome switch
    {
        ImportOutcome.Imported => $"{File}: {(dryRun ? "would import" : "imported")} ({string.Join(", ", Slugs)})",
        ImportOutcome.Unchanged => $"{File}: unchanged",
        _ => $"{File}: rejected: {Reason}",
    };
}

public sealed record ImportReport(IReadOnlyList<FileImportResult> Files, bool DryRun)
{
    public int Imported => Files.Count(f => f.Outcome == ImportOutcome.Imported);

    public int Unchanged => Files.Count(f => f.Outcome == ImportOutcome.Unchanged);

    public int Rejected => Files.Count(f => f.Outcome == ImportOutcome.Rejected);

    public bool Succeeded => Rejected == 0;

    public string Summary =>
        $"{Files.Count} file(s): {Imported} {(DryRun ? "would be imported" : "imported")}, {Unchanged} unchanged, {Rejected} rejected" +
        (DryRun ? " (dry run: nothing was written)" : "");
}
