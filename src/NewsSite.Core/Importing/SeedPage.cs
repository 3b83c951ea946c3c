using NewsSite.Articles;

namespace NewsSite.Importing;

/// <summary>A scraped news page, as the parser recovered it from the text in <c>seeds/</c>.</summary>
public sealed record SeedPage(
    DateOnly CapturedOn,
    string Headline,
    Dateline? Dateline,
    string? Source,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<SeedRelatedEntry> Related,
    SeedAdPlaceholders AdPlaceholders)
{
    /// <summary>The day the story was published: its dateline's, else the day the page was captured.</summary>
    public DateOnly PublishedOn => Dateline?.Date ?? CapturedOn;
}

/// <summary>One entry of the page's "Related articles" list: a title and the start of the story.</summary>
public sealed record SeedRelatedEntry(string Title, Dateline? Dateline, string Excerpt, bool IsCut);

/// <summary>How many <c>spot_img</c> ad placeholders stood in each part of the page.</summary>
public sealed record SeedAdPlaceholders(int Top, int BeforeBody, int AfterBody);
