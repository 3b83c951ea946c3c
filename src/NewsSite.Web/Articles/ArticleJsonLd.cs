using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsSite.Web.Articles;

/// <summary>The schema.org NewsArticle that search engines read from the article page.</summary>
public static class ArticleJsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // The default encoder escapes <, > and &, so the JSON cannot close the script element it sits in.
    public static string For(ArticlePageView story, string canonicalUrl, string siteName, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(absolute);
        object author = story.Byline is { Length: > 0 } byline
            ? new Dictionary<string, string> { ["@type"] = "Person", ["name"] = byline }
            : new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = story.Source ?? siteName };
        var document = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = story.Headline,
            ["description"] = story.Summary,
            ["datePublished"] = story.PublishedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["dateModified"] = story.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["articleSection"] = story.SectionName,
            ["author"] = author,
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = siteName },
            ["mainEntityOfPage"] = canonicalUrl,
            ["url"] = canonicalUrl,
            ["image"] = story.ImageUrl is null ? null : new[] { absolute(story.ImageUrl) },
            ["keywords"] = story.Tags.Count == 0 ? null : story.Tags.Select(t => t.Name).ToArray(),
        };
        return JsonSerializer.Serialize(document, Options);
    }
}
