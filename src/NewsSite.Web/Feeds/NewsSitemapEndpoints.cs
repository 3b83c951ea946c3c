using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Site;

namespace NewsSite.Feeds;

/// <summary>/news-sitemap.xml: the Google News sitemap of the stories published in the last two days.</summary>
internal static class NewsSitemapEndpoints
{
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    /// <summary>Google News reads at most this many URLs from one news sitemap.</summary>
    public const int MaxUrls = 1_000;

    public static void MapNewsSitemap(this IEndpointRouteBuilder app) =>
        app.MapGet("/news-sitemap.xml", ([AsParameters] FeedDesk desk) =>
        {
            var now = desk.UtcNow;
            var since = now - Window;
            var publication = desk.Settings.Current.Name;
            return new StreamedXml(async (xml, cancellationToken) =>
            {
                await xml.WriteStartElementAsync(null, "urlset", SitemapEndpoints.Namespace);
                await xml.WriteAttributeStringAsync("xmlns", "news", null, NewsNamespace);

                var stories = desk.Db.Articles.AsNoTracking()
                    .VisibleToReaders(now)
                    .Where(a => a.PublishedAt >= since)
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                    .Take(MaxUrls)
                    .Select(a => new { a.Slug, a.Headline, PublishedAt = a.PublishedAt!.Value })
                    .AsAsyncEnumerable();
                await foreach (var story in stories.WithCancellation(cancellationToken))
                {
                    await xml.WriteStartElementAsync(null, "url", SitemapEndpoints.Namespace);
                    await xml.WriteElementStringAsync(null, "loc", SitemapEndpoints.Namespace, desk.Urls.Absolute(SiteUrls.Article(story.Slug)));
                    await xml.WriteStartElementAsync("news", "news", NewsNamespace);
                    await xml.WriteStartElementAsync("news", "publication", NewsNamespace);
                    await xml.WriteElementStringAsync("news", "name", NewsNamespace, publication);
                    await xml.WriteElementStringAsync("news", "language", NewsNamespace, "en");
                    await xml.WriteEndElementAsync();
                    await xml.WriteElementStringAsync("news", "publication_date", NewsNamespace, FeedDates.W3c(story.PublishedAt));
                    await xml.WriteElementStringAsync("news", "title", NewsNamespace, story.Headline);
                    await xml.WriteEndElementAsync();
                    await xml.WriteEndElementAsync();
                }

                await xml.WriteEndElementAsync();
            });
        });
}
