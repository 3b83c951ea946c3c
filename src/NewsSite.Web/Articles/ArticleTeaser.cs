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
    /// <summary>
    /// The projection every list query uses, so lists read only the columns they show. Lists show published stories;
    /// the fallback date only keeps a draft named in a related list readable until it is filtered out.
    /// </summary>
    public static readonly Expression<Func<Article, ArticleTeaser>> FromArticle = a => new ArticleTeaser(
        a.Id, a.Slug, a.Headline, a.Summary, a.DatelinePlace, a.PublishedAt ?? a.CreatedAt,
        a.Section!.Name, a.Section.Slug, a.IsExcerptOnly, a.HeroImageUrl, a.HeroImageAlt);
}
