using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Search;

/// <summary>
/// Search on the FTS5 index <c>ArticleSearch</c> (migration AddArticleSearch), ranked by bm25 with the headline
/// weighing most, then the summary, then the body.
/// </summary>
public sealed class SqliteArticleSearch(NewsSiteDb db) : IArticleSearch
{
    private const int SnippetTokens = 32;

    public async Task<SearchResults> SearchAsync(SearchQuery query, int page, int pageSize, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (query.IsEmpty)
        {
            return SearchResults.None;
        }

        var match = query.ToFts5Match();
        var start = SnippetHtml.MarkStart.ToString();
        var end = SnippetHtml.MarkEnd.ToString();

        // The text after MATCH is a parameter, and it holds only quoted words (SearchQuery), so no reader's
        // input is ever read as FTS5 syntax. Visibility is the same rule every reader page uses.
        var matches = db.Database.SqlQuery<IndexMatch>($"""
            SELECT rowid AS "ArticleId",
                   snippet("ArticleSearch", -1, {start}, {end}, '…', {SnippetTokens}) AS "Snippet",
                   bm25("ArticleSearch", 10.0, 4.0, 1.0) AS "Rank"
            FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {match}
            """);
        var visible = from m in matches
                      join a in db.Articles.VisibleToReaders(nowUtc) on m.ArticleId equals a.Id
                      select new { m.ArticleId, m.Snippet, m.Rank, a.PublishedAt };

        var skip = (page - 1) * pageSize;
        var hits = await visible
            .OrderBy(m => m.Rank).ThenByDescending(m => m.PublishedAt).ThenByDescending(m => m.ArticleId)
            .Skip(skip).Take(pageSize)
            .Select(m => new { m.ArticleId, m.Snippet })
            .ToListAsync(cancellationToken);

        // A short page tells the total without counting.
        var total = hits.Count < pageSize && (hits.Count > 0 || skip == 0) ? skip + hits.Count : await visible.CountAsync(cancellationToken);
        return new SearchResults([.. hits.Select(h => new SearchHit(h.ArticleId, SnippetHtml.FromMarkedText(h.Snippet)))], total);
    }

    private sealed class IndexMatch
    {
        public int ArticleId { get; init; }

        public string Snippet { get; init; } = "";

        public double Rank { get; init; }
    }
}
