using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages;

/// <summary>
/// The designed 404, reached by re-execution for any unknown URL and for the reader side's other error statuses,
/// which it keeps (a post to a feed stays 405). Any method, since a refused post is re-executed as a post; it binds
/// nothing, so it never reads the posted body.
/// </summary>
[IgnoreAntiforgeryToken]
public class NotFoundModel(NewsSiteDb db, SiteTime time) : PageModel
{
    public IReadOnlyList<ArticleTeaser> Latest { get; private set; } = [];

    public int Code { get; private set; }

    public string Heading => Code switch
    {
        StatusCodes.Status404NotFound => "We couldn’t find that page",
        StatusCodes.Status405MethodNotAllowed => "That address doesn’t take this kind of request",
        _ => "We couldn’t answer that request",
    };

    public Task OnGetAsync(CancellationToken cancellationToken) => PrepareAsync(cancellationToken);

    public Task OnPostAsync(CancellationToken cancellationToken) => PrepareAsync(cancellationToken);

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        Latest = await db.Articles.AsNoTracking().VisibleToReaders(time.UtcNow)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(5).Select(ArticleTeaser.FromArticle).ToListAsync(cancellationToken);
        new PageMeta(Code == StatusCodes.Status404NotFound ? "Page not found" : Heading, "The page you asked for is not here.") { NoIndex = true }.ApplyTo(ViewData);
    }
}
