namespace NewsSite.Site;

/// <summary>
/// The settings an Admin edits at /admin/settings, kept as one row. Until the first save there is no row and the site
/// runs on configuration's <c>Site:*</c> values, which are also what the form starts from.
/// </summary>
public class SiteSettings
{
    public const int OnlyId = 1;
    public const int NameMaxLength = 100;
    public const int TimeZoneMaxLength = 64;
    public const int AdsTxtMaxLength = 20_000;
    public const int MinRelatedCount = 1;
    public const int MaxRelatedCount = 10;
    public const int MinInArticleAdAfterParagraph = 1;
    public const int MaxInArticleAdAfterParagraph = 20;

    /// <summary>Always <see cref="OnlyId"/>: the site has one set of settings.</summary>
    public int Id { get; set; } = OnlyId;

    /// <summary>The masthead, page titles, feeds and the publisher in JSON-LD.</summary>
    public required string Name { get; set; }

    /// <summary>IANA time zone of the dates readers see and editors schedule in.</summary>
    public required string TimeZone { get; set; }

    /// <summary>Entries in the related-articles sidebar.</summary>
    public int RelatedCount { get; set; }

    /// <summary>The in-article ad follows this paragraph, in longer bodies.</summary>
    public int InArticleAdAfterParagraph { get; set; }

    /// <summary>The lines of /ads.txt, one per line (see <see cref="AdsTxtLines"/>).</summary>
    public string AdsTxt { get; set; } = "";

    /// <summary>UTC, of the last save.</summary>
    public DateTime UpdatedAt { get; set; }
}
