using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Articles;
using NewsSite.Web.Stories;

namespace NewsSite.Web.Pages.Admin.Stories;

/// <summary>Deletes a story for good, after a confirmation page that says what goes with it.</summary>
public class DeleteModel(StoryDesk desk, StoryAccess access, StoryDeletion deletion) : PageModel
{
    public Article Story { get; private set; } = null!;

    public StoryDeletionScope Scope { get; private set; } = new(0, 0);

    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public Guid ConcurrencyStamp { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ConcurrencyStamp = Story.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), "Tick the box to confirm that the story goes for good.");
            return Page();
        }

        if (!await deletion.DeleteAsync(Story, ConcurrencyStamp, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, "Someone saved this story since you opened this page. Check it again before you delete it.");
            ModelState.Remove(nameof(ConcurrencyStamp));
            ConcurrencyStamp = Story.ConcurrencyStamp;
            return Page();
        }

        TempData["Notice"] = $"Deleted “{Story.Headline}”.";
        return LocalRedirect("/admin/stories");
    }

    private async Task<IActionResult?> OpenAsync(int id, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(id, cancellationToken) is not { } story)
        {
            return NotFound();
        }

        if (!await access.MayDeleteAsync(User, story))
        {
            return Forbid();
        }

        Story = story;
        Scope = await deletion.ScopeAsync(id, cancellationToken);
        ViewData["Title"] = $"Delete: {story.Headline}";
        return null;
    }
}
