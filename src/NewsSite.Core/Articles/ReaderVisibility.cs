namespace NewsSite.Articles;

public static class ReaderVisibility
{
    /// <summary>
    /// What readers may see at <paramref name="nowUtc"/>: published stories, and scheduled ones whose time has come
    /// (so they go live on time even before the background publisher has flipped their status).
    /// </summary>
    public static IQueryable<Article> VisibleToReaders(this IQueryable<Article> articles, DateTime nowUtc) =>
        // Written as "neither draft nor withdrawn" on purpose: SQLite cannot use an index for "!=", so it walks the
        // date indexes in order instead of collecting every Published row by status and sorting them all.
        articles.Where(a => a.PublishedAt <= nowUtc && a.Status != ArticleStatus.Draft && a.Status != ArticleStatus.Withdrawn);

    /// <summary>The stories <see cref="VisibleToReaders"/> leaves out: few, and found on indexes.</summary>
    public static IQueryable<Article> HiddenFromReaders(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.PublishedAt == null || a.PublishedAt > nowUtc || a.Status == ArticleStatus.Draft || a.Status == ArticleStatus.Withdrawn);

    /// <summary>The same rule for one story already in memory.</summary>
    public static bool IsVisibleToReaders(ArticleStatus status, DateTime? publishedAt, DateTime nowUtc) =>
        publishedAt <= nowUtc && status is not (ArticleStatus.Draft or ArticleStatus.Withdrawn);
}
