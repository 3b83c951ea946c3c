using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages;

/// <summary>The designed 404: reached by re-execution for any unknown URL, so the status stays 404.</summary>
public class NotFoundModel(NewsSiteDb db, SiteTime time) : PageModel
{
    public IReadOnlyList<ArticleTeaser> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Latest = await db.Articles.AsNoTracking().VisibleToReaders(time.UtcNow)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(5).Select(ArticleTeaser.FromArticle).ToListAsync(cancellationToken);
        new PageMeta("Page not found", "The page you asked for is not here.") { NoIndex = true }.ApplyTo(ViewData);
    }
}
