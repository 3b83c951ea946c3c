using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;
using NewsSite.Web.Stories;

namespace NewsSite.Web.Pages.Admin.Stories;

/// <summary>One revision against the story as it is now, line by line; Restore saves its content again as a new revision.</summary>
public class RevisionModel(NewsSiteDb db, StoryDesk desk, StoryAccess access) : PageModel
{
    public Article Story { get; private set; } = null!;

    public Revision Shown { get; private set; } = null!;

    public IReadOnlyList<LineDiff.Line> HeadlineDiff { get; private set; } = [];

    public IReadOnlyList<LineDiff.Line> SummaryDiff { get; private set; } = [];

    public IReadOnlyList<LineDiff.Line> BodyDiff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, long revision, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, revision, cancellationToken) is { } refused)
        {
            return refused;
        }

        ViewData["Title"] = $"Revision of {Story.Headline}";
        HeadlineDiff = LineDiff.Compare(Shown.Headline, Story.Headline);
        SummaryDiff = LineDiff.Compare(Shown.Summary, Story.Summary);
        BodyDiff = LineDiff.Compare(Shown.Body, Story.Body);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, long revision, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, revision, cancellationToken) is { } refused)
        {
            return refused;
        }

        // Restoring rewrites what readers may see, so it takes what saving the story as it stands takes.
        if (!await access.MayAsync(User, Story, StoryAction.Draft))
        {
            return Forbid();
        }

        var conflict = await desk.SaveAsync(Story, StoryDesk.FormFrom(Shown, Story), StoryAction.Restore, User, ModelState, cancellationToken);
        if (conflict is not null || !ModelState.IsValid)
        {
            TempData["Notice"] = "The revision could not be restored: " + string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return LocalRedirect($"/admin/stories/{id}/edit");
        }

        TempData["Notice"] = $"Restored the revision of {Shown.AtUtc:yyyy-MM-dd HH:mm} UTC.";
        return LocalRedirect($"/admin/stories/{id}/edit");
    }

    private async Task<IActionResult?> OpenAsync(int id, long revision, CancellationToken cancellationToken)
    {
        var article = await desk.FindAsync(id, cancellationToken);
        var shown = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revision && r.ArticleId == id, cancellationToken);
        if (article is null || shown is null)
        {
            return NotFound();
        }

        if (!await access.MayOpenAsync(User, article))
        {
            return Forbid();
        }

        Story = article;
        Shown = shown;
        return null;
    }
}
