using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Stories;

namespace NewsSite.Web.Pages.Admin.Stories;

/// <summary>Writes a new story (/admin/stories/new) or edits one; each button is one action, saved in one go.</summary>
public class EditModel(NewsSiteDb db, StoryDesk desk, StoryAccess access, CuratedLinks curated, SiteTime time, StoryHeroImage heroImage) : PageModel
{
    [BindProperty]
    public StoryForm Form { get; set; } = new();

    public Article Story { get; private set; } = null!;

    public bool IsEditor { get; private set; }

    public bool MayDelete { get; private set; }

    public StoryConflict? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> Sections { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = id is null ? new StoryForm { SectionId = Sections.Count > 0 && int.TryParse(Sections[0].Value, CultureInfo.InvariantCulture, out var first) ? first : 0 } : StoryForm.From(Story);
        Form.Related = string.Join('\n', (await curated.AsSavedAsync(Story, cancellationToken)).Select(s => s.Slug));
        if (Story.Status == ArticleStatus.Scheduled && Story.PublishedAt is { } due)
        {
            Form.ScheduleAt = time.ToLocal(due).DateTime;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, string? act, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (StoryActions.Parse(act) is not { } action || action == StoryAction.Restore)
        {
            return BadRequest();
        }

        if (!await access.MayAsync(User, Story, action))
        {
            return Forbid();
        }

        // The hero image first: an upload that passes its checks is stored even when another field sends the form
        // back, so the editor does not have to choose it again.
        await heroImage.ApplyAsync(Story, Form, ModelState, cancellationToken);

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Conflict = await desk.SaveAsync(Story, Form, action, User, ModelState, cancellationToken);
        if (Conflict is not null)
        {
            ModelState.AddModelError(string.Empty, "Someone else saved this story while you were editing. Their version is shown below; your text is still in the form. Save again to replace theirs.");
            // Saving again is a deliberate overwrite of the version now shown.
            ModelState.Remove("Form.ConcurrencyStamp");
            Form.ConcurrencyStamp = Conflict.ConcurrencyStamp;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Notice = action switch
        {
            StoryAction.Publish => "Published.",
            StoryAction.Schedule => "Scheduled.",
            StoryAction.Unpublish => "Unpublished: the story is a draft again.",
            StoryAction.Withdraw => "Withdrawn: readers now see that the story was taken down.",
            _ => "Saved.",
        };
        // By path: the page also answers /admin/stories/new, which RedirectToPage would pick.
        return LocalRedirect($"/admin/stories/{Story.Id}/edit");
    }

    private async Task<IActionResult?> OpenAsync(int? id, CancellationToken cancellationToken)
    {
        Story = id is { } existing ? await desk.FindAsync(existing, cancellationToken) ?? null! : desk.Start(User);
        if (Story is null)
        {
            return NotFound();
        }

        if (id is not null && !await access.MayOpenAsync(User, Story))
        {
            return Forbid();
        }

        IsEditor = await access.IsEditorAsync(User);
        MayDelete = id is not null && await access.MayDeleteAsync(User, Story);
        ViewData["Title"] = id is null ? "New story" : $"Edit: {Story.Headline}";
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        Sections = sections.Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return null;
    }
}
