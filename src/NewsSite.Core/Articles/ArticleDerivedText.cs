using Ganss.Xss;
using Markdig;

namespace NewsSite.Articles;

/// <summary>What a save derives from an article's text: the sanitized body HTML, the word count and the keywords.</summary>
public static class ArticleDerivedText
{
    public const int KeywordCount = 24;

    // Raw HTML in Markdown is shown as text, never passed through; the sanitizer then removes what
    // Markdown itself can produce that is unsafe (javascript: and data: links and images).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static void Apply(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.BodyHtml = RenderBody(article.Body);
        article.WordCount = Terms.CountWords(article.Body);
        article.Keywords = KeywordsOf(article.Headline, article.Summary, article.Body);
    }

    /// <summary>
    /// <see cref="Apply"/> for the generator's stories, skipping the sanitizer (over a third of the work): their bodies
    /// are escaped text made from the generator's own word lists, so with raw HTML off Markdig writes only paragraphs,
    /// headings and quotes, nothing the sanitizer removes or writes differently. A test compares a sample of generated
    /// stories with <see cref="RenderBody"/>. Whatever else is saved (editors, imports) always goes through <see cref="Apply"/>.
    /// </summary>
    internal static void ApplyToGenerated(Article article)
    {
        article.BodyHtml = RenderUnsanitized(article.Body);
        article.WordCount = Terms.CountWords(article.Body);
        article.Keywords = KeywordsOf(article.Headline, article.Summary, article.Body);
    }

    public static string RenderBody(string markdown) =>
        Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline)).Trim();

    internal static string RenderUnsanitized(string markdown) => Markdown.ToHtml(markdown ?? "", Pipeline).Trim();

    /// <summary>The most frequent meaningful words, headline words counting three times.</summary>
    public static string KeywordsOf(string headline, string summary, string body)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Terms.Count(headline, 3, counts);
        Terms.Count(summary, 1, counts);
        Terms.Count(body, 1, counts);
        var keywords = string.Join(' ', counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(KeywordCount).Select(c => c.Key));
        return keywords.Length <= ArticleLimits.Keywords ? keywords : keywords[..keywords.LastIndexOf(' ', ArticleLimits.Keywords)];
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer;
    }
}
