using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Search;

/// <summary>
/// Search on SQL Server without full-text catalogues: every term must appear (LIKE, the column's collation deciding
/// case) in the headline, summary or body; among the newest <see cref="SearchOptions.NewestMatches"/> matches (by
/// publishing date), stories with every term in the headline come first, then the newest. Snippets are cut in C#
/// (<see cref="MatchSnippet"/>).
/// </summary>
public sealed class SqlServerArticleSearch(NewsSiteDb db, IOptions<SearchOptions> options) : IArticleSearch
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    public async Task<SearchResults> SearchAsync(SearchQuery query, int page, int pageSize, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (query.IsEmpty)
        {
            return SearchResults.None;
        }

        var newest = Math.Max(1, options.Value.NewestMatches);
        var skip = (page - 1) * pageSize;
        var found = await Ranked(query, nowUtc, newest)
            .Skip(skip).Take(pageSize)
            .Select(a => new { a.Id, a.Headline, a.Summary, a.Body })
            .ToListAsync(cancellationToken);

        // A short page inside the bound tells the total without counting; otherwise count up to one past the bound.
        var isShort = found.Count < pageSize && (found.Count > 0 || skip == 0) && skip + found.Count < newest;
        var listed = isShort ? skip + found.Count : await Newest(query, nowUtc).Take(newest + 1).CountAsync(cancellationToken);
        var hits = found.Select(a => new SearchHit(a.Id, SnippetHtml.FromMarkedText(MatchSnippet.FromFirstMatching(query.Terms, a.Summary, a.Body, a.Headline))));
        return new SearchResults([.. hits], Math.Min(listed, newest), listed > newest);
    }

    internal IQueryable<Article> Ranked(SearchQuery query, DateTime nowUtc, int newest) =>
        Newest(query, nowUtc).Take(newest)
            .OrderByDescending(HeadlineHoldsAll(query.Terms)).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    private IQueryable<Article> Newest(SearchQuery query, DateTime nowUtc) =>
        Matching(query, nowUtc).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    // LIKE '%term%' scans the table: fine for a newsroom archive of thousands of stories; full-text catalogues are the next step.
    private IQueryable<Article> Matching(SearchQuery query, DateTime nowUtc)
    {
        var matching = db.Articles.AsNoTracking().VisibleToReaders(nowUtc);
        foreach (var term in query.Terms)
        {
            matching = matching.Where(a => a.Headline.Contains(term) || a.Summary.Contains(term) || a.Body.Contains(term));
        }

        return matching;
    }

    // a => a.Headline.Contains(term1) && a.Headline.Contains(term2) ..., each term a SQL parameter as a captured variable would be.
    private static Expression<Func<Article, bool>> HeadlineHoldsAll(IReadOnlyList<string> terms)
    {
        var article = Expression.Parameter(typeof(Article), "a");
        var headline = Expression.Property(article, nameof(Article.Headline));
        Expression all = Expression.Constant(true);
        foreach (var term in terms)
        {
            Expression<Func<string>> captured = () => term;
            all = Expression.AndAlso(all, Expression.Call(headline, StringContains, captured.Body));
        }

        return Expression.Lambda<Func<Article, bool>>(all, article);
    }
}
