using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Articles;

/// <summary>
/// The front page's three statements, compiled once. Built per request, EF's work on their expressions (the section
/// picks hold a subtree per section) cost the page more than running the statements.
/// </summary>
internal static class FrontPageQueries
{
    public const int LatestCount = 10;
    public const int PerSection = 4;

    /// <summary>The newest stories, one more than the latest list shows: the lead is taken from them.</summary>
    public static readonly Func<NewsSiteDb, DateTime, IAsyncEnumerable<ArticleTeaser>> Newest = CompileOverVisible(
        visible => visible.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(LatestCount + 1)
            .Select(ArticleTeaser.FromArticle));

    public static readonly Func<NewsSiteDb, int[], IAsyncEnumerable<ArticleTeaser>> TeasersOf =
        EF.CompileAsyncQuery((NewsSiteDb db, int[] ids) => db.Articles.Where(a => ids.Contains(a.Id)).Select(ArticleTeaser.FromArticle));

    private static readonly Expression<Func<IQueryable<Article>, int, IQueryable<SectionPick>>> NewestOfSection =
        (visible, sectionId) => visible.Where(a => a.SectionId == sectionId)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(PerSection)
            .Select(a => new SectionPick { SectionId = a.SectionId, Id = a.Id });

    private static volatile SectionPicksQuery? _sectionPicks;

    /// <summary>
    /// The newest few story ids of each section, in one statement: a small index walk per section joined with UNION
    /// ALL (a single windowed query would number every visible story in the store). Compiled for the sections given,
    /// again only when they change.
    /// </summary>
    public static IAsyncEnumerable<SectionPick> SectionPicks(NewsSiteDb db, DateTime nowUtc, IReadOnlyList<int> sectionIds)
    {
        var query = _sectionPicks;
        if (query is null || !query.SectionIds.SequenceEqual(sectionIds))
        {
            query = new SectionPicksQuery([.. sectionIds], CompileSectionPicks(sectionIds));
            _sectionPicks = query;
        }

        return query.Run(db, nowUtc);
    }

    private static Func<NewsSiteDb, DateTime, IAsyncEnumerable<SectionPick>> CompileSectionPicks(IReadOnlyList<int> sectionIds) =>
        CompileOverVisibleTree<SectionPick>(visible => sectionIds
            .Select(id => NewestOfSection.Inline(visible, Expression.Constant(id)))
            .Aggregate((picks, more) => Expression.Call(typeof(Queryable), nameof(Queryable.Concat), [typeof(SectionPick)], picks, more)));

    private static Func<NewsSiteDb, DateTime, IAsyncEnumerable<T>> CompileOverVisible<T>(Expression<Func<IQueryable<Article>, IQueryable<T>>> query) =>
        CompileOverVisibleTree<T>(visible => query.Inline(visible));

    /// <summary>Compiles a query over the stories readers may see, with the time as its parameter.</summary>
    private static Func<NewsSiteDb, DateTime, IAsyncEnumerable<T>> CompileOverVisibleTree<T>(Func<Expression, Expression> query)
    {
        var db = Expression.Parameter(typeof(NewsSiteDb), "db");
        var nowUtc = Expression.Parameter(typeof(DateTime), "nowUtc");
        var visible = Expression.Call(
            typeof(Queryable), nameof(Queryable.Where), [typeof(Article)],
            Expression.Property(db, nameof(NewsSiteDb.Articles)),
            Expression.Quote(ReaderVisibility.VisibleAt(nowUtc)));
        return EF.CompileAsyncQuery(Expression.Lambda<Func<NewsSiteDb, DateTime, IQueryable<T>>>(query(visible), db, nowUtc));
    }

    private sealed record SectionPicksQuery(int[] SectionIds, Func<NewsSiteDb, DateTime, IAsyncEnumerable<SectionPick>> Run);
}

/// <summary>One of a section's newest stories, as the front page picks them.</summary>
/// <remarks>Set by member so that EF can translate the UNION ALL of these projections (it cannot with a constructor).</remarks>
public sealed record SectionPick
{
    public required int SectionId { get; init; }

    public required int Id { get; init; }
}
