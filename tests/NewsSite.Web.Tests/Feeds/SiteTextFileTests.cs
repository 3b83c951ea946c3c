namespace NewsSite.Web.Tests.Feeds;

public sealed class SiteTextFileTests
{
    [Fact]
    public async Task Robots_txt_allows_all_but_admin_and_search_and_points_at_both_sitemaps_on_the_configured_origin()
    {
        await using var site = new FeedsSiteFactory(("Site:BaseUrl", "https://news.example.com/"));

        var (contentType, body) = await site.GetTextAsync("/robots.txt");

        Assert.Equal("text/plain; charset=utf-8", contentType);
        Assert.Equal(
            [
                "User-agent: *",
                "Allow: /",
                "Disallow: /admin",
                "Disallow: /search",
                "Sitemap: https://news.example.com/sitemap.xml",
                "Sitemap: https://news.example.com/news-sitemap.xml",
            ],
            body.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Ads_txt_serves_the_configured_lines()
    {
        await using var site = new FeedsSiteFactory(
            ("Site:AdsTxt:0", "google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0"),
            ("Site:AdsTxt:1", "example-exchange.com, 12345, RESELLER"));

        var (contentType, body) = await site.GetTextAsync("/ads.txt");

        Assert.Equal("text/plain; charset=utf-8", contentType);
        Assert.Equal(
            ["google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0", "example-exchange.com, 12345, RESELLER"],
            body.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Ads_txt_is_empty_when_none_is_configured()
    {
        await using var site = new FeedsSiteFactory();

        var (_, body) = await site.GetTextAsync("/ads.txt");

        Assert.Empty(body);
    }
}
