using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Articles;
using NewsSite.Site;

namespace NewsSite.Web.Articles;

/// <summary>A page of stories, newest first, for section, tag and source pages: one count and one page query.</summary>
public sealed class StoryList(SiteTime time, IOptions<SiteOptions> options)
{
    public async Task<Paging<ArticleTeaser>> PageAsync(IQueryable<Article> articles, int page, CancellationToken cancellationToken)
    {
        var size = options.Value.PageSize;
        var visible = articles.AsNoTracking().VisibleToReaders(time.UtcNow);
        var total = await visible.CountAsync(cancellationToken);
        var items = await visible
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(ArticleTeaser.FromArticle)
            .ToListAsync(cancellationToken);
        return new Paging<ArticleTeaser>(items, page, size, total);
    }
}
