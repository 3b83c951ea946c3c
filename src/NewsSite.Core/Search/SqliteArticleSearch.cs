using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Search;

/// <summary>
/// Search on the FTS5 index <c>ArticleSearch</c> (migrations AddArticleSearch, SearchWordsAndReaderStories), ranked by
/// bm25 with the headline weighing most, then the summary, then the body, among the newest
/// <see cref="SearchOptions.NewestMatches"/> matches readers may see. "Newest" is in filing order: the index's rowid is
/// the article id, which grows as stories are filed (the generator files them in publishing order). The index holds only
/// scheduled and published stories, so of the hidden ones only those whose time has not come are left to leave out.
/// </summary>
public sealed class SqliteArticleSearch(NewsSiteDb db, IOptions<SearchOptions> options) : IArticleSearch
{
    private const int SnippetTokens = 32;

    // Beyond this many words for the reader's unfinished last term, it stays a prefix: a letter or two costs what it costs.
    private const int MaxLastTermWords = 16;

    public async Task<SearchResults> SearchAsync(SearchQuery query, int page, int pageSize, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (query.IsEmpty)
        {
            return SearchResults.None;
        }

        var lastTermWords = await WordsBeginningAsync(query.Terms[^1], cancellationToken);
        if (lastTermWords is [])
        {
            return SearchResults.None;
        }

        var match = query.ToFts5Match(lastTermWords);
        var newest = Math.Max(1, options.Value.NewestMatches);
        var skip = (page - 1) * pageSize;

        // Every match up to the page's end and one more, best first: the page, and what a tie at either edge needs. A run
        // of equal ranks that goes on past them is read to its end (ranks rarely tie in real text).
        var take = skip + pageSize + 1;
        var ranked = await RankedAsync(match, nowUtc, newest, take, cancellationToken);
        while (ranked.Count == take && ranked[^1].Rank == ranked[skip + pageSize - 1].Rank)
        {
            take *= 2;
            ranked = await RankedAsync(match, nowUtc, newest, take, cancellationToken);
        }

        var listed = ranked.Count == 0 ? 0 : ranked[0].Listed;
        var hits = await PageAsync(match, ranked, skip, pageSize, cancellationToken);
        return new SearchResults(hits, Math.Min(listed, newest), listed > newest);
    }

    // The newest matches, ranked, best first (equal ranks: the later filed first), the first "take" of them. Ranking
    // is done here rather than in .NET, which would read every one of up to a thousand rows to keep a page of them.
    // The text after MATCH is a parameter, and it holds only quoted words (SearchQuery), so no reader's input is ever
    // read as FTS5 syntax. bm25 reads every row's positions, so it scores only the newest matches: FTS5 walks its
    // doclist backwards by rowid and stops there (scoring all 18,532 matches of "election" at 100,000 stories cost
    // ~13 ms). One more than the bound is read to tell whether any were left out: "Listed" counts it, and the oldest
    // row is then dropped. "+ 0" keeps SQLite from handing the ids whose time has not come to FTS5 as rowid lookups,
    // one index probe each: testing the matches against the set is far faster.
    private Task<List<RankedMatch>> RankedAsync(string match, DateTime nowUtc, int newest, int take, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<RankedMatch>($"""
            WITH "Newest" AS (
                SELECT rowid AS "ArticleId", bm25("ArticleSearch", 10.0, 4.0, 1.0) AS "Rank"
                FROM "ArticleSearch"
                WHERE "ArticleSearch" MATCH {match}
                    AND rowid + 0 NOT IN (SELECT a."Id" FROM "Articles" AS a WHERE a."PublishedAt" > {nowUtc})
                ORDER BY rowid DESC
                LIMIT {newest + 1})
            SELECT "ArticleId", "Rank", "Listed"
            FROM (SELECT "ArticleId", "Rank", count(*) OVER () AS "Listed", min("ArticleId") OVER () AS "Oldest" FROM "Newest")
            WHERE "Listed" <= {newest} OR "ArticleId" <> "Oldest"
            ORDER BY "Rank", "ArticleId" DESC
            LIMIT {take}
            """).ToListAsync(cancellationToken);

    // The index's words that begin with the reader's last term, to name in its place. FTS5 reads a prefix term by
    // copying the doclists of all its words, positions and all, in every statement that names it, and bm25 reads it
    // once more to weigh it (~4 ms of a page of "election" at 100,000 stories, ~60 ms of "said"); named words are read
    // lazily. The words come from ArticleSearchWords, kept by the index's triggers: the index's own vocabulary
    // (fts5vocab) counts every document of each word it lists (8 ms for "said"). Null, to keep the prefix, when too many
    // words begin with it or when the term is not plain ASCII: the index folds case and diacritics (unicode61), and only
    // plain ASCII is already spelt as the index spells it.
    private async Task<List<string>?> WordsBeginningAsync(string term, CancellationToken cancellationToken)
    {
        if (!term.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var after = term[..^1] + (char)(term[^1] + 1);
        var words = await db.Database.SqlQuery<string>($"""
            SELECT "Word" AS "Value" FROM "ArticleSearchWords" WHERE "Word" >= {term} AND "Word" < {after} LIMIT {MaxLastTermWords + 1}
            """).ToListAsync(cancellationToken);
        return words.Count <= MaxLastTermWords ? words : null;
    }

    // Best first; a tie in rank goes to the later publishing date, then the higher id. Only stories whose rank is on
    // this page can land on it, so only they are dated, by the statement that cuts their snippets; a long run of equal
    // ranks is dated first, so that only the page is snipped.
    private async Task<List<SearchHit>> PageAsync(string match, List<RankedMatch> ranked, int skip, int pageSize, CancellationToken cancellationToken)
    {
        if (skip >= ranked.Count)
        {
            return [];
        }

        var from = skip;
        while (from > 0 && ranked[from - 1].Rank == ranked[skip].Rank)
        {
            from--;
        }

        var to = Math.Min(skip + pageSize, ranked.Count);
        while (to < ranked.Count && ranked[to].Rank == ranked[to - 1].Rank)
        {
            to++;
        }

        var contested = ranked[from..to];
        if (contested.Count > 2 * pageSize)
        {
            var contestedIds = contested.Select(m => m.ArticleId).ToList();
            var dates = await db.Articles.Where(a => contestedIds.Contains(a.Id))
                .Select(a => new { a.Id, a.PublishedAt })
                .ToDictionaryAsync(a => a.Id, a => a.PublishedAt, cancellationToken);
            contested = [.. BestFirst(contested, id => dates.GetValueOrDefault(id)).Skip(skip - from).Take(pageSize)];
            from = skip;
        }

        var snipped = (await SnippetsAsync(match, [.. contested.Select(m => m.ArticleId)], cancellationToken)).ToDictionary(s => s.ArticleId);
        return [.. BestFirst(contested, id => snipped.GetValueOrDefault(id)?.PublishedAt).Skip(skip - from).Take(pageSize)
            .Select(m => new SearchHit(m.ArticleId, SnippetHtml.FromMarkedText(snipped[m.ArticleId].Snippet)))];
    }

    // A story gone from the store since the window was read has no date and drops out.
    private static IEnumerable<RankedMatch> BestFirst(IEnumerable<RankedMatch> matches, Func<int, DateTime?> dateOf) =>
        matches.Where(m => dateOf(m.ArticleId) is not null)
            .OrderBy(m => m.Rank).ThenByDescending(m => dateOf(m.ArticleId)).ThenByDescending(m => m.ArticleId);

    // Snippets re-read and re-tokenize each story's text (the index holds no text), so only the page's hits get one.
    // "rowid IN (...)" would run the whole query again for each id (and rebuild a prefix term's doclist each time:
    // ~13 ms for a page of "election"); a rowid range walks the doclist once and the list only filters it.
    private async Task<List<IndexSnippet>> SnippetsAsync(string match, List<int> ids, CancellationToken cancellationToken)
    {
        var start = SnippetHtml.MarkStart.ToString();
        var end = SnippetHtml.MarkEnd.ToString();
        var idList = System.Text.Json.JsonSerializer.Serialize(ids);
        return await db.Database.SqlQuery<IndexSnippet>($"""
            SELECT rowid AS "ArticleId", snippet("ArticleSearch", -1, {start}, {end}, '…', {SnippetTokens}) AS "Snippet",
                (SELECT a."PublishedAt" FROM "Articles" AS a WHERE a."Id" = "ArticleSearch".rowid) AS "PublishedAt"
            FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {match} AND rowid BETWEEN {ids.Min()} AND {ids.Max()}
                AND rowid + 0 IN (SELECT value FROM json_each({idList}))
            """).ToListAsync(cancellationToken);
    }

    private sealed class RankedMatch
    {
        public int ArticleId { get; init; }

        public double Rank { get; init; }

        /// <summary>How many of the newest matches were read: one more than the bound when older ones were left out.</summary>
        public int Listed { get; init; }
    }

    private sealed class IndexSnippet
    {
        public int ArticleId { get; init; }

        public string Snippet { get; init; } = "";

        public DateTime? PublishedAt { get; init; }
    }
}
