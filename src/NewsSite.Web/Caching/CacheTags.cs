using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace NewsSite.Caching;

/// <summary>
/// Output-cache tags: what a cached page shows, so that a change evicts exactly the pages that show it.
/// Every reader page carries <see cref="Reader"/>; pages add finer tags while they render.
/// </summary>
public static class CacheTags
{
    public const string Reader = "reader";
    public const string Front = "front";
    public const string Feeds = "feeds";
    public const string Sitemap = "sitemap";
    public const string Search = "search";

    /// <summary>Every tag page: they are evicted together when a story's visibility changes.</summary>
    public const string TagPages = "tag-pages";

    public static string Article(int id) => "article:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Pages whose related sidebar lists this article.</summary>
    public static string Lists(int id) => "lists:" + id.ToString(CultureInfo.InvariantCulture);

    public static string Section(int id) => "section:" + id.ToString(CultureInfo.InvariantCulture);

    public static string Tag(int id) => "tag:" + id.ToString(CultureInfo.InvariantCulture);

    public static string Source(string source) => "source:" + source.ToUpperInvariant();

    /// <summary>Adds tags to the page being rendered, when the output cache is storing it.</summary>
    public static void TagCache(this HttpContext context, params IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.Tags.UnionWith(tags);
        }
    }
}
