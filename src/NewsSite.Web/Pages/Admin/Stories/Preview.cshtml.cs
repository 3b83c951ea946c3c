using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;
using NewsSite.Web.Stories;

namespace NewsSite.Web.Pages.Admin.Stories;

/// <summary>The story in the reader's layout and stylesheet, whatever its status, under a "Preview" banner.</summary>
public class PreviewModel(NewsSiteDb db, StoryDesk desk, StoryAccess access) : PageModel
{
    public ArticlePageView Story { get; private set; } = null!;

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

        Story = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(ArticlePageView.FromArticle).SingleAsync(cancellationToken);
        new PageMeta($"Preview: {Story.Headline}", Story.Summary) { NoIndex = true }.ApplyTo(ViewData);
        return Page();
    }
}
