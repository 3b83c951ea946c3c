using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;
using NewsSite.Web.Stories;

namespace NewsSite.Web.Pages.Admin.Stories;

/// <summary>Every save of a story, newest first: who, when, which action and what it changed.</summary>
public class RevisionsModel(NewsSiteDb db, StoryDesk desk, StoryAccess access) : PageModel
{
    public Article Story { get; private set; } = null!;

    public IReadOnlyList<Revision> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await desk.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (!await access.MayOpenAsync(User, article))
        {
            return Forbid();
        }

        Story = article;
        ViewData["Title"] = $"Revisions: {article.Headline}";
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        return Page();
    }
}
