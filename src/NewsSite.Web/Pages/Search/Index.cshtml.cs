using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Search;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages.Search;

public class IndexModel(IArticleSearch search, NewsSiteDb db, SiteTime siteTime, IOptions<SiteOptions> options) : PageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.Empty;

    public Paging<SearchResult> Results { get; private set; } = new([], 1, 1, 0);

    /// <summary>More stories match than are listed: only the newest are ranked (<see cref="SearchOptions.NewestMatches"/>).</summary>
    public bool HasOlderMatches { get; private set; }

    public PagerView Pager => new("/search", Results.Page, Results.PageCount, Query.Text);

    // "page" would bind to the Razor Pages route value of the same name, hence FromQuery.
    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Query = SearchQuery.Parse(q);
        var page = PageNumber.Clamp(pageNumber);
        var pageSize = Math.Max(1, options.Value.PageSize);
        var found = await search.SearchAsync(Query, page, pageSize, siteTime.UtcNow, cancellationToken);

        // One query for the whole page's teasers, then back into the engine's order.
        var ids = found.Hits.Select(h => h.ArticleId).ToList();
        var teasers = ids.Count == 0 ? [] : await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(ArticleTeaser.FromArticle)
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var results = found.Hits.Where(h => teasers.ContainsKey(h.ArticleId))
            .Select(h => new SearchResult(teasers[h.ArticleId], h.SnippetHtml)).ToList();
        Results = new Paging<SearchResult>(results, page, pageSize, found.Total);
        HasOlderMatches = found.HasOlderMatches;

        var title = Query.Text.Length == 0 ? "Search" : $"Search: {Query.Text}";
        new PageMeta(title, "Search the stories on this site.") { NoIndex = true }.ApplyTo(ViewData);
    }

    public sealed record SearchResult(ArticleTeaser Teaser, string SnippetHtml);
}
