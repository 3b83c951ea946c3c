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

    // Matches fetched beyond the page, so that a few hidden stories among them do not cost a second round.
    private const int PageSlack = 20;

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
        var skip = (page - 1) * pageSize;

        // The text after MATCH is a parameter, and it holds only quoted words (SearchQuery), so no reader's
        // input is ever read as FTS5 syntax. Ranking happens in the index alone; only the best few are then looked
        // up in Articles for their date and visibility (joining every match to its article row would read the wide
        // rows of thousands of stories). Hidden stories are rare, so a second round is rarely needed.
        var wanted = skip + pageSize;
        var fetch = wanted + PageSlack;
        List<RankedHit> visible;
        while (true)
        {
            var ranked = await db.Database.SqlQuery<IndexMatch>($"""
                SELECT rowid AS "ArticleId", bm25("ArticleSearch", 10.0, 4.0, 1.0) AS "Rank"
                FROM "ArticleSearch"
                WHERE "ArticleSearch" MATCH {match}
                ORDER BY "Rank", rowid DESC
                LIMIT {fetch}
                """).ToListAsync(cancellationToken);
            var rankedIds = ranked.Select(m => m.ArticleId).ToList();
            var dates = await db.Articles.AsNoTracking().VisibleToReaders(nowUtc)
                .Where(a => rankedIds.Contains(a.Id))
                .ToDictionaryAsync(a => a.Id, a => a.PublishedAt!.Value, cancellationToken);
            visible = [.. ranked.Where(m => dates.ContainsKey(m.ArticleId)).Select(m => new RankedHit(m.ArticleId, m.Rank, dates[m.ArticleId]))];
            if (visible.Count >= wanted || ranked.Count < fetch)
            {
                break;
            }

            fetch *= 4;
        }

        var ids = visible.OrderBy(h => h.Rank).ThenByDescending(h => h.PublishedAt).ThenByDescending(h => h.ArticleId)
            .Skip(skip).Take(pageSize).Select(h => h.ArticleId).ToList();

        // A short page tells the total without counting.
        var total = ids.Count < pageSize && (ids.Count > 0 || skip == 0) ? skip + ids.Count : await CountAsync(match, nowUtc, cancellationToken);
        var snippets = await SnippetsAsync(match, ids, cancellationToken);
        return new SearchResults([.. ids.Select(id => new SearchHit(id, SnippetHtml.FromMarkedText(snippets.GetValueOrDefault(id, ""))))], total);
    }

    // Every match counted in the index, less the matches among the few stories readers may not see.
    private async Task<int> CountAsync(string match, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var matches = db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {match}""");
        var hidden = db.Articles.HiddenFromReaders(nowUtc).Select(a => a.Id);
        // "+ 0" keeps SQLite from handing the hidden ids to FTS5 as rowid lookups, one index probe each: testing the
        // matches against the set is ten times faster.
        return await matches.CountAsync(cancellationToken) - await matches.CountAsync(id => hidden.Contains(id + 0), cancellationToken);
    }

    // Snippets re-read and re-tokenize each story's text (the index holds no text), so only the page's hits get one.
    private async Task<Dictionary<int, string>> SnippetsAsync(string match, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var start = SnippetHtml.MarkStart.ToString();
        var end = SnippetHtml.MarkEnd.ToString();
        var idList = System.Text.Json.JsonSerializer.Serialize(ids);
        var snippets = await db.Database.SqlQuery<IndexSnippet>($"""
            SELECT rowid AS "ArticleId", snippet("ArticleSearch", -1, {start}, {end}, '…', {SnippetTokens}) AS "Snippet"
            FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {match} AND rowid IN (SELECT value FROM json_each({idList}))
            """).ToListAsync(cancellationToken);
        return snippets.ToDictionary(s => s.ArticleId, s => s.Snippet);
    }

    private sealed class IndexMatch
    {
        public int ArticleId { get; init; }

        public double Rank { get; init; }
    }

    private sealed record RankedHit(int ArticleId, double Rank, DateTime PublishedAt);

    private sealed class IndexSnippet
    {
        public int ArticleId { get; init; }

        public string Snippet { get; init; } = "";
    }
}
