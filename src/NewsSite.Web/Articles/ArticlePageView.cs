using System.Linq.Expressions;
using NewsSite.Articles;

namespace NewsSite.Web.Articles;

/// <summary>Everything the article page shows about the story itself, read in one query.</summary>
public sealed record ArticlePageView(
    int Id,
    string Slug,
    string Headline,
    string Summary,
    string BodyHtml,
    string? DatelinePlace,
    string? Source,
    string? Byline,
    ArticleStatus Status,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    int WordCount,
    bool IsExcerptOnly,
    int SectionId,
    string SectionName,
    string SectionSlug,
    string? ImageUrl,
    string? ImageAlt,
    int? ImageWidth,
    int? ImageHeight,
    IReadOnlyList<TagLink> Tags)
{
    public static readonly Expression<Func<Article, ArticlePageView>> FromArticle = a => new ArticlePageView(
        a.Id, a.Slug, a.Headline, a.Summary, a.BodyHtml, a.DatelinePlace, a.Source, a.Byline, a.Status, a.PublishedAt, a.UpdatedAt,
        a.WordCount, a.IsExcerptOnly, a.SectionId, a.Section!.Name, a.Section.Slug, a.HeroImageUrl, a.HeroImageAlt,
        a.HeroImageWidth, a.HeroImageHeight,
        a.Tags.OrderBy(t => t.Name).Select(t => new TagLink(t.Name, t.Slug)).ToList());

    /// <summary>Minutes at 230 words a minute, at least one.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 230.0));

    /// <summary>A summary taken from the opening paragraph would only repeat it above the body.</summary>
    public bool SummaryRepeatsBody
    {
        get
        {
            var opening = System.Net.WebUtility.HtmlDecode(BodyHtml.Length > 3 && BodyHtml.StartsWith("<p>", StringComparison.Ordinal)
                ? BodyHtml[3..Math.Min(BodyHtml.Length, Summary.Length + 200)]
                : "");
            return Summary.Length > 0 && opening.StartsWith(Summary.TrimEnd('…'), StringComparison.Ordinal);
        }
    }

    /// <summary>Edited after publication, by more than the minute an import or a quick fix takes.</summary>
    public bool WasUpdated => PublishedAt is { } published && UpdatedAt > published.AddMinutes(1);
}

public sealed record TagLink(string Name, string Slug);
