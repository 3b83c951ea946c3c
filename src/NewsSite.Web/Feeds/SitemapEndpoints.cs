using System.Xml;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Site;

namespace NewsSite.Feeds;

/// <summary>/sitemap.xml: the home page, every section and every article readers can see, with their last change.</summary>
internal static class SitemapEndpoints
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Configuration key for a smaller file size than the protocol's limit (tests use it to exercise the index).</summary>
    public const string UrlsPerFileKey = "Sitemap:UrlsPerFile";

    public static void MapSitemaps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async ([AsParameters] FeedDesk desk, IConfiguration configuration, CancellationToken cancellationToken) =>
        {
            var now = desk.UtcNow;
            var plan = await PlanAsync(desk, configuration, now, cancellationToken);
            return plan.NeedsIndex ? Index(desk.Urls, plan) : Page(desk, plan, 1, now);
        });

        // Any method, answering 405 itself: routing tries a pattern with text around its parameter only after the
        // method check, so a GET-only endpoint here made every other method's request to an unknown one-segment
        // address (POST /nope) a 405 instead of a 404.
        app.Map("/sitemap-{page:int}.xml", async (HttpContext context, int page, [AsParameters] FeedDesk desk, IConfiguration configuration, CancellationToken cancellationToken) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Headers.Allow = "GET, HEAD";
                return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
            }

            var now = desk.UtcNow;
            var plan = await PlanAsync(desk, configuration, now, cancellationToken);
            return plan.HasPage(page) ? Page(desk, plan, page, now) : Results.NotFound();
        });
    }

    public static string PagePath(int page) => $"/sitemap-{page}.xml";

    private static async Task<SitemapPlan> PlanAsync(FeedDesk desk, IConfiguration configuration, DateTime now, CancellationToken cancellationToken)
    {
        var sections = await desk.Sections.AllAsync(cancellationToken);
        var articles = await desk.Db.Articles.VisibleToReaders(now).CountAsync(cancellationToken);
        var urlsPerFile = Math.Clamp(configuration.GetValue(UrlsPerFileKey, SitemapPlan.MaxUrlsPerFile), 1, SitemapPlan.MaxUrlsPerFile);
        return new SitemapPlan(sections.Count, articles, urlsPerFile);
    }

    private static StreamedXml Index(SiteUrls urls, SitemapPlan plan) => new(async (xml, _) =>
    {
        await xml.WriteStartElementAsync(null, "sitemapindex", Namespace);
        for (var page = 1; page <= plan.PageCount; page++)
        {
            await xml.WriteStartElementAsync(null, "sitemap", Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, urls.Absolute(PagePath(page)));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    });

    private static StreamedXml Page(FeedDesk desk, SitemapPlan plan, int page, DateTime now) => new(async (xml, cancellationToken) =>
    {
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        if (plan.HasFixedPages(page))
        {
            foreach (var (path, lastModified) in (await FixedPagesAsync(desk, now, cancellationToken)).Take(plan.FixedRange(page)))
            {
                await WriteUrlAsync(xml, desk.Urls.Absolute(path), lastModified);
            }
        }

        var articles = desk.Db.Articles.AsNoTracking()
            .VisibleToReaders(now)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip(plan.ArticlesToSkip(page))
            .Take(plan.ArticlesToTake(page))
            .Select(a => new { a.Slug, LastModified = a.UpdatedAt > a.PublishedAt!.Value ? a.UpdatedAt : a.PublishedAt.Value })
            .AsAsyncEnumerable();
        await foreach (var article in articles.WithCancellation(cancellationToken))
        {
            await WriteUrlAsync(xml, desk.Urls.Absolute(SiteUrls.Article(article.Slug)), article.LastModified);
        }

        await xml.WriteEndElementAsync();
    });

    // A section page changes when one of its stories does; the home page when any does.
    private static async Task<List<(string Path, DateTime? LastModified)>> FixedPagesAsync(FeedDesk desk, DateTime now, CancellationToken cancellationToken)
    {
        var sections = await desk.Sections.AllAsync(cancellationToken);
        var latest = await desk.Db.Articles.AsNoTracking()
            .VisibleToReaders(now)
            .GroupBy(a => a.SectionId)
            .Select(g => new { SectionId = g.Key, LastModified = g.Max(a => a.UpdatedAt > a.PublishedAt!.Value ? a.UpdatedAt : a.PublishedAt.Value) })
            .ToDictionaryAsync(s => s.SectionId, s => s.LastModified, cancellationToken);

        List<(string, DateTime?)> pages = [("/", latest.Count > 0 ? latest.Values.Max() : null)];
        pages.AddRange(sections.Select(s => (SiteUrls.Section(s.Slug), latest.TryGetValue(s.Id, out var last) ? last : (DateTime?)null)));
        return pages;
    }

    private static async Task WriteUrlAsync(XmlWriter xml, string location, DateTime? lastModified)
    {
        await xml.WriteStartElementAsync(null, "url", Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, location);
        if (lastModified is { } last)
        {
            await xml.WriteElementStringAsync(null, "lastmod", Namespace, FeedDates.W3c(last));
        }

        await xml.WriteEndElementAsync();
    }
}
