using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;

namespace NewsSite.Web.Articles;

/// <summary>
/// The related-articles sidebar, read with one query: the editor's curated links first, in their order, then the
/// stored computed list (<see cref="ComputedRelated"/>), up to the related count in the site settings, stories that
/// readers may see now.
/// </summary>
public sealed class RelatedArticles(NewsSiteDb db, SiteTime time, LiveSettings settings)
{
    /// <summary>The sidebar, and every story the lists name, shown or not (the page changes when any of them does).</summary>
    public async Task<RelatedSidebar> ForAsync(int articleId, CancellationToken cancellationToken)
    {
        var named = new List<RelatedEntry>();
        await foreach (var entry in ArticlePageQueries.RelatedNamedBy(db, articleId).WithCancellation(cancellationToken))
        {
            named.Add(entry);
        }

        var now = time.UtcNow;
        var shown = named.Where(e => e.Id != articleId && ReaderVisibility.IsVisibleToReaders(e.Status, e.PublishedAt, now))
            .DistinctBy(e => e.Id)
            .Take(settings.Current.RelatedCount)
            .Select(e => e.Teaser)
            .ToList();
        return new RelatedSidebar(shown, [.. named.Select(e => e.Id).Distinct()]);
    }
}

public sealed record RelatedSidebar(IReadOnlyList<ArticleTeaser> Shown, IReadOnlyList<int> NamedIds);
