using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Articles;

/// <summary>
/// The article page's queries, compiled once: the page is the one most requested, and these skip EF's per-call
/// expression work.
/// </summary>
internal static class ArticlePageQueries
{
    // Split: in one query SQLite would materialize every story's tags to join them to this one.
    public static readonly Func<NewsSiteDb, string, CancellationToken, Task<ArticlePageView?>> StoryBySlug =
        EF.CompileAsyncQuery((NewsSiteDb db, string slug, CancellationToken _) =>
            db.Articles.AsNoTracking().AsSplitQuery().Where(a => a.Slug == slug).Select(ArticlePageView.FromArticle).SingleOrDefault());

    // Computed places come after every curated one.
    private const int ComputedFirstPlace = 1_000;

    /// <summary>Every story the sidebar names, curated first, in order; visibility is decided by the caller.</summary>
    public static readonly Func<NewsSiteDb, int, IAsyncEnumerable<RelatedEntry>> RelatedNamedBy =
        EF.CompileAsyncQuery((NewsSiteDb db, int articleId) =>
            db.RelatedLinks.Where(l => l.ArticleId == articleId).Select(l => new { Place = l.Position, Id = l.RelatedArticleId })
                .Concat(db.ComputedRelated.Where(r => r.ArticleId == articleId).Select(r => new { Place = ComputedFirstPlace + r.Rank, Id = r.RelatedArticleId }))
                .Join(db.Articles, p => p.Id, a => a.Id, (p, a) => new { p.Place, Article = a })
                .OrderBy(p => p.Place)
                .Select(p => p.Article)
                .Select(RelatedEntry.FromArticle)
                .AsNoTracking());
}
