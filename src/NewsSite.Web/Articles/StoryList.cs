using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;

namespace NewsSite.Web.Articles;

/// <summary>A page of stories, newest first, for section, tag and source pages: one page query, the count mostly from <see cref="ListCounts"/>.</summary>
public sealed class StoryList(NewsSiteDb db, ListCounts counts, SiteTime time, IOptions<SiteOptions> options)
{
    /// <param name="list">Names the list for <see cref="ListCounts"/>: "section:4", "tag:12", "source:AP".</param>
    public async Task<Paging<ArticleTeaser>> PageAsync(string list, IQueryable<Article> articles, int page, CancellationToken cancellationToken)
    {
        var size = options.Value.PageSize;
        var now = time.UtcNow;
        var visible = articles.AsNoTracking().VisibleToReaders(now);
        var total = await counts.CountAsync(list, visible, db, now, cancellationToken);
        var items = await visible
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(ArticleTeaser.FromArticle)
            .ToListAsync(cancellationToken);
        return new Paging<ArticleTeaser>(items, page, size, total);
    }
}
