using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsSite.Articles;
using NewsSite.Media;

namespace NewsSite.Web.Stories;

/// <summary>A story's hero image as a save left it (a revision keeps a copy): its address, alt text and size.</summary>
public sealed record SavedHeroImage(string Url, string? Alt, int? Width, int? Height)
{
    /// <summary>The media file the address names.</summary>
    public string FileName => OrphanedMedia.NameIn(Url);

    public static SavedHeroImage? Of(Article article) =>
        article.HeroImageUrl is { } url ? new(url, article.HeroImageAlt, article.HeroImageWidth, article.HeroImageHeight) : null;

    public static SavedHeroImage? Of(Revision revision) =>
        revision.HeroImageUrl is { } url ? new(url, revision.HeroImageAlt, revision.HeroImageWidth, revision.HeroImageHeight) : null;

    /// <summary>The image as the store holds it, before the changes made to the tracked story since it was read.</summary>
    public static SavedHeroImage? AsStored(EntityEntry<Article> story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var stored = story.OriginalValues;
        return stored.GetValue<string?>(nameof(Article.HeroImageUrl)) is { } url
            ? new(url, stored.GetValue<string?>(nameof(Article.HeroImageAlt)), stored.GetValue<int?>(nameof(Article.HeroImageWidth)), stored.GetValue<int?>(nameof(Article.HeroImageHeight)))
            : null;
    }

    /// <summary>Puts this image (or none) on <paramref name="article"/>.</summary>
    public static void Apply(SavedHeroImage? image, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.HeroImageUrl = image?.Url;
        article.HeroImageAlt = image?.Alt;
        article.HeroImageWidth = image?.Width;
        article.HeroImageHeight = image?.Height;
    }
}
