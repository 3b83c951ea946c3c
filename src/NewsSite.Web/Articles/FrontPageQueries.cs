using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Articles;

/// <summary>
/// The front page's queries, compiled once. Built per request, the sections' query (one branch per section joined
/// with UNION ALL) cost EF more in walking, hashing and turning its expression into SQL than SQLite took to run it:
/// about half of an uncached front page.
/// </summary>
/// <remarks>
/// The reader rule is written out here, as it is in <see cref="ReaderVisibility.VisibleToReaders"/>: a compiled
/// query cannot call a method that takes the query. Front page tests hold both to the same stories.
/// </remarks>
internal static class FrontPageQueries
{
    /// <summary>Sections one statement reads; more take another statement for each eight.</summary>
    public const int SectionsPerStatement = 8;

    /// <summary>Stands in for a section in the unused branches of a statement: no section has it.</summary>
    public const int NoSection = -1;

    public static readonly Func<NewsSiteDb, DateTime, int, IAsyncEnumerable<ArticleTeaser>> Newest =
        EF.CompileAsyncQuery((NewsSiteDb db, DateTime nowUtc, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.PublishedAt <= nowUtc && a.Status != ArticleStatus.Draft && a.Status != ArticleStatus.Withdrawn)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(count)
                .Select(ArticleTeaser.FromArticle));

    // One section's branch; the eight are this with its section parameter replaced, joined by Concat (UNION ALL).
    // Declared before the compiled query that is built from it (static fields start in order).
    private static readonly Expression<Func<NewsSiteDb, DateTime, int, int, IQueryable<Article>>> Branch =
        (db, nowUtc, perSection, sectionId) => db.Articles.AsNoTracking()
            .Where(a => a.PublishedAt <= nowUtc && a.Status != ArticleStatus.Draft && a.Status != ArticleStatus.Withdrawn && a.SectionId == sectionId)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(perSection);

    /// <summary>The newest <c>perSection</c> stories of each of eight sections, in one statement.</summary>
    public static readonly Func<NewsSiteDb, DateTime, int, int, int, int, int, int, int, int, int, IAsyncEnumerable<ArticleTeaser>> NewestInSections =
        EF.CompileAsyncQuery(EightSections());

    private static Expression<Func<NewsSiteDb, DateTime, int, int, int, int, int, int, int, int, int, IQueryable<ArticleTeaser>>> EightSections()
    {
        var shared = Branch.Parameters.Take(3).ToArray();
        var sections = Enumerable.Range(1, SectionsPerStatement).Select(i => Expression.Parameter(typeof(int), $"section{i}")).ToArray();
        var union = sections
            .Select(section => ReplacingExpressionVisitor.Replace(Branch.Parameters[3], section, Branch.Body))
            .Aggregate((all, next) => Expression.Call(typeof(Queryable), nameof(Queryable.Concat), [typeof(Article)], all, next));
        // The teaser is projected once, after the union: EF cannot join sets of already projected records.
        Expression<Func<IQueryable<Article>, IQueryable<ArticleTeaser>>> teasers = articles => articles.Select(ArticleTeaser.FromArticle);
        var projected = ReplacingExpressionVisitor.Replace(teasers.Parameters[0], union, teasers.Body);
        return Expression.Lambda<Func<NewsSiteDb, DateTime, int, int, int, int, int, int, int, int, int, IQueryable<ArticleTeaser>>>(
            projected, [.. shared, .. sections]);
    }
}
