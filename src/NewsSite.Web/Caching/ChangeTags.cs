using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsSite.Ads;
using NewsSite.Articles;
using NewsSite.Sections;
using NewsSite.Tags;

namespace NewsSite.Caching;

/// <summary>Which cached pages one changed row affects.</summary>
public static class ChangeTags
{
    // A change to any of these can move the story into or out of lists elsewhere. Other stories' related sidebars
    // follow through their stored lists: the refresh after the save rewrites them, and each rewritten place evicts its page.
    private static readonly string[] ListingProperties =
        [nameof(Article.Status), nameof(Article.PublishedAt), nameof(Article.SectionId), nameof(Article.Keywords), nameof(Article.Source)];

    public static void Of(EntityEntry entry, HashSet<string> tags)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tags);
        switch (entry.Entity)
        {
            case Article article:
                OfArticle(entry, article, tags);
                break;
            case RelatedLink link:
                tags.Add(CacheTags.Article(link.ArticleId));
                break;
            case ComputedRelated place:
                tags.Add(CacheTags.Article(place.ArticleId));
                break;
            case Dictionary<string, object> join when join.TryGetValue("TagId", out var tagId) && join.TryGetValue("ArticleId", out var articleId):
                tags.UnionWith([CacheTags.Tag((int)tagId), CacheTags.Article((int)articleId)]);
                break;
            // The navigation, the ad slots and tag names appear on every page: rare changes, so everything goes.
            // (Site settings are evicted by SiteSettingsDesk once the new values are in force.)
            case Section or Tag or AdSlot or AdCreative:
                tags.Add(CacheTags.Reader);
                break;
        }
    }

    private static void OfArticle(EntityEntry entry, Article article, HashSet<string> tags)
    {
        tags.UnionWith([CacheTags.Article(article.Id), CacheTags.Lists(article.Id), CacheTags.Front, CacheTags.Feeds, CacheTags.Sitemap, CacheTags.Search]);
        tags.Add(CacheTags.Section(article.SectionId));
        if (article.Source is not null)
        {
            tags.Add(CacheTags.Source(article.Source));
        }

        var listingChanged = entry.State != EntityState.Modified;
        if (entry.State == EntityState.Modified)
        {
            tags.Add(CacheTags.Section((int)entry.Property(nameof(Article.SectionId)).OriginalValue!));
            if (entry.Property(nameof(Article.Source)).OriginalValue is string oldSource)
            {
                tags.Add(CacheTags.Source(oldSource));
            }

            listingChanged = ListingProperties.Any(p => entry.Property(p).IsModified);
        }

        if (listingChanged)
        {
            tags.Add(CacheTags.TagPages);
        }
    }
}
