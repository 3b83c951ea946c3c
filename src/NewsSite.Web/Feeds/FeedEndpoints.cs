namespace NewsSite.Feeds;

public static class FeedEndpoints
{
    /// <summary>RSS and Atom feeds, sitemaps, robots.txt and ads.txt: the site's machine-readable pages.</summary>
    public static IEndpointRouteBuilder MapNewsSiteFeeds(this IEndpointRouteBuilder app)
    {
        app.MapSyndication();
        app.MapSitemaps();
        app.MapNewsSitemap();
        app.MapSiteTextFiles();
        return app;
    }
}
