using System.Globalization;

namespace NewsSite.Feeds;

/// <summary>The store keeps UTC without a kind (SQLite returns Unspecified), so feeds say UTC explicitly.</summary>
internal static class FeedDates
{
    public static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    /// <summary>W3C datetime, as sitemaps want it.</summary>
    public static string W3c(DateTime stored) =>
        DateTime.SpecifyKind(stored, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
