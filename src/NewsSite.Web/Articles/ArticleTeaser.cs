using System.Linq.Expressions;
using NewsSite.Articles;

namespace NewsSite.Web.Articles;

/// <summary>A story as lists show it: front page, sections, tags, search, related articles.</summary>
public sealed record ArticleTeaser(
    int Id,
    string Slug,
    string Headline,
    string Summary,
    string? DatelinePlace,
    DateTime PublishedAt,
    string SectionName,
    string SectionSlug,
    bool IsExcerptOnly,
    string? ImageUrl,
    string? ImageAlt)
{
    /// <summary>The projection every list query uses, so lists read only the columns they show.</summary>
    public static readonly Expression<Func<Article, ArticleTeaser>> FromArticle = a => new ArticleTeaser(
        a.Id, a.Slug, a.Headline, a.Summary, a.DatelinePlace, a.PublishedAt!.Value,
        a.Section!.Name, a.Section.Slug, a.IsExcerptOnly, a.HeroImageUrl, a.HeroImageAlt);
}
