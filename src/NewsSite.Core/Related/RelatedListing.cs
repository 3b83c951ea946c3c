namespace NewsSite.Articles;

/// <summary>
/// Which stories may appear in related lists: published ones, and scheduled ones (shown once their time comes).
/// Written twice, for the store and for stories in memory, and kept together so they cannot drift apart.
/// </summary>
public static class RelatedListing
{
    public static IQueryable<Article> Listed(this IQueryable<Article> articles) =>
        articles.Where(a => a.PublishedAt != null && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled));

    public static bool IsListed(ArticleStatus status, DateTime? publishedAt) =>
        publishedAt is not null && status is ArticleStatus.Published or ArticleStatus.Scheduled;
}
