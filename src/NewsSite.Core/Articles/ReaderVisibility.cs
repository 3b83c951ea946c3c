namespace NewsSite.Articles;

public static class ReaderVisibility
{
    /// <summary>
    /// What readers may see at <paramref name="nowUtc"/>: published stories, and scheduled ones whose time has come
    /// (so they go live on time even before the background publisher has flipped their status).
    /// </summary>
    public static IQueryable<Article> VisibleToReaders(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled) && a.PublishedAt <= nowUtc);
}
