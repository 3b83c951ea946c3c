using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Importing;
using NewsSite.Newsroom;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Import;

/// <summary>Uploads seed pages and imports them as the command line does, with the same line per file.</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
[RequestSizeLimit(MaxFiles * SeedPageParser.DefaultMaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFiles * SeedPageParser.DefaultMaxBytes + 64 * 1024)]
[UploadLimit(SeedPageParser.DefaultMaxBytes, MaxFiles)]
public class IndexModel(SeedImporter importer, AuditLog audit) : PageModel
{
    public const int MaxFiles = 20;

    [BindProperty]
    public bool DryRun { get; set; }

    public IReadOnlyList<FileImportResult> Results { get; private set; } = [];

    public string Summary => new ImportReport(Results, DryRun).Summary;

    public int MaxKilobytes => SeedPageParser.DefaultMaxBytes / 1024;

    public void OnGet() => ViewData["Title"] = "Import";

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Import";
        if (files is not { Count: > 0 } || files.Count > MaxFiles)
        {
            ModelState.AddModelError(string.Empty, $"Choose between 1 and {MaxFiles} .txt pages.");
            return Page();
        }

        var results = new List<FileImportResult>();
        foreach (var file in files)
        {
            var result = await ImportAsync(file, cancellationToken);
            results.Add(result);
            if (result.Outcome == ImportOutcome.Imported && !DryRun)
            {
                await audit.RecordAsync(AuditActions.SeedFileImported, result.File, string.Join(", ", result.Slugs), cancellationToken);
            }
        }

        Results = results;
        return Page();
    }

    private async Task<FileImportResult> ImportAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.FileName);
        if (!name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return FileImportResult.Rejected(name, "not a .txt seed page");
        }

        if (file.Length > SeedPageParser.DefaultMaxBytes)
        {
            return FileImportResult.Rejected(name, $"the file is {file.Length:N0} bytes, over the limit of {SeedPageParser.DefaultMaxBytes:N0}");
        }

        using var bytes = new MemoryStream((int)file.Length);
        await file.CopyToAsync(bytes, cancellationToken);
        return await importer.ImportAsync(name, bytes.ToArray(), DryRun, cancellationToken);
    }
}
