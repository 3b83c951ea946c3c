using System.Net;
using System.Xml.Linq;

namespace NewsSite.Web.Tests.Feeds;

public sealed class SitemapIndexTests : IAsyncDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // Eleven URLs (home, five sections, five stories) in files of four: three files behind an index.
    private readonly FeedsSiteFactory _site = new(("Sitemap:UrlsPerFile", "4"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task With_more_urls_than_a_file_holds_the_sitemap_becomes_an_index_of_numbered_files_that_together_hold_every_url()
    {
        var stories = await _site.VisibleStoriesAsync();

        var index = await _site.GetXmlAsync("/sitemap.xml");

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(Sitemap + "sitemap").Select(s => (string)s.Element(Sitemap + "loc")!).ToList();
        Assert.Equal([1, 2, 3], files.Select(f => int.Parse(f[FeedsSiteFactory.Absolute("/sitemap-").Length..^".xml".Length], System.Globalization.CultureInfo.InvariantCulture)));

        var urls = new List<string>();
        foreach (var file in files)
        {
            var page = await _site.GetXmlAsync(new Uri(file).PathAndQuery);
            Assert.Equal(Sitemap + "urlset", page.Root!.Name);
            var locations = page.Root.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
            Assert.InRange(locations.Count, 1, 4);
            urls.AddRange(locations);
        }

        Assert.Equal(11, urls.Count);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Contains(FeedsSiteFactory.Absolute("/"), urls);
        Assert.All(stories, s => Assert.Contains(s.Url, urls));
    }

    [Fact]
    public async Task A_file_number_past_the_last_is_not_found()
    {
        using var client = _site.CreateClient();

        using var response = await client.GetAsync(new Uri("/sitemap-4.xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
