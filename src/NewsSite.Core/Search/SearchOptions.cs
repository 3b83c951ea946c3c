namespace NewsSite.Search;

/// <summary>The "Search" section of configuration.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    public const int DefaultNewestMatches = 1000;

    /// <summary>
    /// Search ranks and lists only the newest this many matches of a query, so that a common word costs about what a
    /// rare one does (at 100,000 stories, "election" matches 18,532 and scoring all of them took ~13 ms of CPU; scoring
    /// the newest 1,000 takes ~2-4 ms). Fifty pages of twenty: readers narrow a search long before that.
    /// </summary>
    public int NewestMatches { get; set; } = DefaultNewestMatches;
}
