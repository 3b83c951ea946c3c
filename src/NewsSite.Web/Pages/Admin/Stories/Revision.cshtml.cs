using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;
using NewsSite.Web.Media;
using NewsSite.Web.Stories;

namespace NewsSite.Web.Pages.Admin.Stories;

/// <summary>One revision against the story as it is now, line by line; Restore saves its content again as a new revision.</summary>
public class RevisionModel(NewsSiteDb db, StoryDesk desk, StoryAccess access, StoryRestore restore, CuratedLinks curated, MediaLibrary media) : PageModel
{
    public Article Story { get; private set; } = null!;

    public Revision Shown { get; private set; } = null!;

    public IReadOnlyList<LineDiff.Line> HeadlineDiff { get; private set; } = [];

    public IReadOnlyList<LineDiff.Line> SummaryDiff { get; private set; } = [];

    public IReadOnlyList<LineDiff.Line> BodyDiff { get; private set; } = [];

    /// <summary>The curated related stories, this revision's against today's; null when the revision did not keep them.</summary>
    public IReadOnlyList<RelatedListDiff.Entry>? RelatedDiff { get; private set; }

    /// <summary>The hero image in this revision (when it kept it) and now, side by side.</summary>
    public IReadOnlyList<HeroImageSide> HeroImages { get; private set; } = [];

    public bool HeroImageChanged => HeroImages.Count == 2 && HeroImages[0].Image != HeroImages[1].Image;

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
        if (Shown.Related is { } related)
        {
            RelatedDiff = RelatedListDiff.Compare(related, await curated.AsSavedAsync(Story, cancellationToken));
            HeroImages = [Side("In this revision", SavedHeroImage.Of(Shown)), Side("Now", SavedHeroImage.Of(Story))];
        }

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

        var outcome = await restore.RestoreAsync(Story, Shown, User, ModelState, cancellationToken);
        if (outcome.Conflict is not null)
        {
            TempData["Notice"] = "The revision could not be restored: someone else saved the story at that moment. Look at it again and retry.";
            return LocalRedirect($"/admin/stories/{id}/edit");
        }

        if (!ModelState.IsValid)
        {
            TempData["Notice"] = "The revision could not be restored: " + string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return LocalRedirect($"/admin/stories/{id}/edit");
        }

        var leftOut = outcome.Skipped.Count == 0 ? "" : $" Left out: {string.Join("; ", outcome.Skipped)}.";
        TempData["Notice"] = $"Restored the revision of {Shown.AtUtc:yyyy-MM-dd HH:mm} UTC.{leftOut}";
        return LocalRedirect($"/admin/stories/{id}/edit");
    }

    // A thumbnail only while the file is still in the media folder.
    private HeroImageSide Side(string heading, SavedHeroImage? image) =>
        new(heading, image, image is not null && media.Holds(image.FileName));

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

/// <summary>One side of the hero image comparison: the image (none when null) and whether its file is still stored.</summary>
public sealed record HeroImageSide(string Heading, SavedHeroImage? Image, bool IsStored);
