namespace NewsSite.Site;

/// <summary>The "Site" section of configuration: what the site is called and how its pages behave.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string Name { get; set; } = "NewsSite";

    public string Tagline { get; set; } = "News from India and the world";

    /// <summary>IANA time zone for dates shown to readers (the masthead's date, article times).</summary>
    public string TimeZone { get; set; } = "Asia/Kolkata";

    /// <summary>The public origin for canonical URLs, feeds and sitemaps (https://news.example.com); the request's own when unset.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How many related articles the sidebar shows: curated first, then computed.</summary>
    public int RelatedCount { get; set; } = 4;

    /// <summary>The in-article ad goes after this paragraph, in bodies longer than it.</summary>
    public int InArticleAdAfterParagraph { get; set; } = 3;

    public int PageSize { get; set; } = 20;

    /// <summary>How often, in seconds, an instance looks for settings saved on another instance; 0 never looks.</summary>
    public int SettingsRefreshSeconds { get; set; } = 30;

    /// <summary>The lines of /ads.txt.</summary>
    public List<string> AdsTxt { get; set; } = [];
}
