namespace NewsSite.Search;

/// <summary>
/// Reader search over headlines, summaries and bodies. Engines differ by provider: FTS5 on SQLite
/// (<see cref="SqliteArticleSearch"/>), a LIKE fallback on SQL Server (<see cref="SqlServerArticleSearch"/>).
/// </summary>
public interface IArticleSearch
{
    /// <summary>
    /// One page of the stories that match every term of <paramref name="query"/>, best first, among those readers may see
    /// at <paramref name="nowUtc"/> (never drafts, withdrawn or future-scheduled stories).
    /// </summary>
    /// <param name="query">The reader's query, already reduced to safe terms; an empty one finds nothing.</param>
    /// <param name="page">The page, numbered from 1.</param>
    /// <param name="pageSize">Hits per page.</param>
    /// <param name="nowUtc">The moment that decides which scheduled stories are live.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page's hits, each with an HTML-safe snippet, and the number of matching stories.</returns>
    Task<SearchResults> SearchAsync(SearchQuery query, int page, int pageSize, DateTime nowUtc, CancellationToken cancellationToken = default);
}

/// <summary>A matching story: its id and a passage of its text, HTML-encoded, with the matched words in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(int ArticleId, string SnippetHtml);

/// <summary>One page of hits, and how many stories match in all.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total)
{
    public static readonly SearchResults None = new([], 0);
}
