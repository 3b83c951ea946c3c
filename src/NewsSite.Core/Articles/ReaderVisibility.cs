using System.Linq.Expressions;
using NewsSite.Store;

namespace NewsSite.Articles;

public static class ReaderVisibility
{
    // Written as "neither draft nor withdrawn" on purpose: SQLite cannot use an index for "!=", so it walks the
    // date indexes in order instead of collecting every Published row by status and sorting them all.
    private static readonly Expression<Func<Article, DateTime, bool>> Rule =
        (a, nowUtc) => a.PublishedAt <= nowUtc && a.Status != ArticleStatus.Draft && a.Status != ArticleStatus.Withdrawn;

    /// <summary>
    /// What readers may see at <paramref name="nowUtc"/>: published stories, and scheduled ones whose time has come
    /// (so they go live on time even before the background publisher has flipped their status).
    /// </summary>
    public static IQueryable<Article> VisibleToReaders(this IQueryable<Article> articles, DateTime nowUtc)
    {
        // A captured variable, so that EF sends the time as a parameter (@nowUtc) and reuses the statement.
        Expression<Func<DateTime>> now = () => nowUtc;
        return articles.Where(VisibleAt(now.Body));
    }

    /// <summary>The same rule at a time given as an expression, such as a compiled query's parameter.</summary>
    public static Expression<Func<Article, bool>> VisibleAt(Expression nowUtc)
    {
        var story = Rule.Parameters[0];
        return Expression.Lambda<Func<Article, bool>>(Rule.Inline(story, nowUtc), story);
    }

    /// <summary>The stories <see cref="VisibleToReaders"/> leaves out: few, and found on indexes.</summary>
    public static IQueryable<Article> HiddenFromReaders(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.PublishedAt == null || a.PublishedAt > nowUtc || a.Status == ArticleStatus.Draft || a.Status == ArticleStatus.Withdrawn);

    /// <summary>The same rule for one story already in memory.</summary>
    public static bool IsVisibleToReaders(ArticleStatus status, DateTime? publishedAt, DateTime nowUtc) =>
        publishedAt <= nowUtc && status is not (ArticleStatus.Draft or ArticleStatus.Withdrawn);
}
