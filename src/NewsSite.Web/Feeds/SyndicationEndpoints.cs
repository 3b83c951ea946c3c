using NewsSite.Site;

namespace NewsSite.Feeds;

/// <summary>RSS and Atom of the whole site and of each section.</summary>
internal static class SyndicationEndpoints
{
    public static void MapSyndication(this IEndpointRouteBuilder app)
    {
        foreach (var format in new[] { FeedFormat.Rss, FeedFormat.Atom })
        {
            app.MapGet($"/feed.{format.Extension}", ([AsParameters] FeedDesk desk, CancellationToken cancellationToken) =>
                SiteFeedAsync(desk, format, cancellationToken));
            app.MapGet($"/section/{{slug}}/feed.{format.Extension}", (string slug, [AsParameters] FeedDesk desk, CancellationToken cancellationToken) =>
                SectionFeedAsync(desk, slug, format, cancellationToken));
        }
    }

    private static async Task<IResult> SiteFeedAsync(FeedDesk desk, FeedFormat format, CancellationToken cancellationToken)
    {
        var site = desk.Site.Value;
        var name = desk.Settings.Current.Name;
        var stories = await FeedStory.LatestAsync(desk.Db, desk.UtcNow, sectionId: null, cancellationToken);
        var feed = new NewsFeed(desk.Urls, name)
            .Build(name, site.Tagline, "/", $"/feed.{format.Extension}", format, stories, desk.Clock.GetUtcNow());
        return format.Write(feed);
    }

    private static async Task<IResult> SectionFeedAsync(FeedDesk desk, string slug, FeedFormat format, CancellationToken cancellationToken)
    {
        var sections = await desk.Sections.AllAsync(cancellationToken);
        if (sections.FirstOrDefault(s => s.Slug == slug) is not { } section)
        {
            return Results.NotFound();
        }

        var site = desk.Site.Value;
        var stories = await FeedStory.LatestAsync(desk.Db, desk.UtcNow, section.Id, cancellationToken);
        var page = SiteUrls.Section(section.Slug);
        var description = section.Description.Length > 0 ? section.Description : site.Tagline;
        var name = desk.Settings.Current.Name;
        var feed = new NewsFeed(desk.Urls, name)
            .Build($"{section.Name} | {name}", description, page, $"{page}/feed.{format.Extension}", format, stories, desk.Clock.GetUtcNow());
        return format.Write(feed);
    }
}
