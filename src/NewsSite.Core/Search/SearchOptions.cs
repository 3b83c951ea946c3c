namespace NewsSite.Search;

/// <summary>The "Search" section of configuration.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    public const int DefaultNewestMatches = 1000;

    /// <summary>
    /// Search ranks and lists only the newest this many matches of a query. Ranking every match cost ~13 ms of CPU for
    /// the 18,532 stories that mention "election" at 100,000; each ranked match costs about 2 µs in all (found, scored,
    /// read), so 1,000 cost ~1 ms more than 500 would. Fifty pages of twenty: readers narrow a search long before that.
    /// </summary>
    public int NewestMatches { get; set; } = DefaultNewestMatches;
}
