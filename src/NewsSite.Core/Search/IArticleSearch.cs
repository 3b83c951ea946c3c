namespace NewsSite.Search;

/// <summary>
/// Reader search over headlines, summaries and bodies. Engines differ by provider: FTS5 on SQLite
/// (<see cref="SqliteArticleSearch"/>), a LIKE fallback on SQL Server (<see cref="SqlServerArticleSearch"/>).
/// </summary>
public interface IArticleSearch
{
    /// <summary>
    /// One page of the stories that match every term of <paramref name="query"/>, best first, among those readers may see
    /// at <paramref name="nowUtc"/> (never drafts, withdrawn or future-scheduled stories). Only the newest
    /// <see cref="SearchOptions.NewestMatches"/> matches are ranked and listed; older ones are left out, and the results say so.
    /// </summary>
    /// <param name="query">The reader's query, already reduced to safe terms; an empty one finds nothing.</param>
    /// <param name="page">The page, numbered from 1.</param>
    /// <param name="pageSize">Hits per page.</param>
    /// <param name="nowUtc">The moment that decides which scheduled stories are live.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page's hits, each with an HTML-safe snippet, and the number of stories listed.</returns>
    Task<SearchResults> SearchAsync(SearchQuery query, int page, int pageSize, DateTime nowUtc, CancellationToken cancellationToken = default);
}

/// <summary>A matching story: its id and a passage of its text, HTML-encoded, with the matched words in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(int ArticleId, string SnippetHtml);

/// <summary>
/// One page of hits and how many stories are listed in all; <paramref name="HasOlderMatches"/> when older matches beyond
/// the newest <see cref="SearchOptions.NewestMatches"/> were left out, so that more than <paramref name="Total"/> match.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, bool HasOlderMatches = false)
{
    public static readonly SearchResults None = new([], 0);
}
