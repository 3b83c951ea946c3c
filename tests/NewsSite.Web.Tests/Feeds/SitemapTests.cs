using System.Xml.Linq;
using NewsSite.Articles;
using NewsSite.Sections;

namespace NewsSite.Web.Tests.Feeds;

public sealed class SitemapTests : IAsyncDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private readonly FeedsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task The_sitemap_lists_the_home_page_every_section_and_every_story_with_its_last_change()
    {
        var stories = await _site.VisibleStoriesAsync();

        var (contentType, _) = await _site.GetTextAsync("/sitemap.xml");
        var sitemap = await _site.GetXmlAsync("/sitemap.xml");

        Assert.Equal("application/xml; charset=utf-8", contentType);
        Assert.Equal((byte)'<', (await _site.GetBytesAsync("/sitemap.xml"))[0]);
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Sitemap + "url").ToDictionary(u => (string)u.Element(Sitemap + "loc")!, u => (DateTime?)u.Element(Sitemap + "lastmod"));
        string[] expected =
        [
            FeedsSiteFactory.Absolute("/"),
            .. StandardSections.All.Select(s => FeedsSiteFactory.Absolute("/section/" + s.Slug)),
            .. stories.Select(s => s.Url),
        ];
        Assert.Equal(expected.Order(), urls.Keys.Order());
        Assert.All(stories, s => Assert.Equal(s.PublishedUtc.UtcDateTime, urls[s.Url]?.ToUniversalTime()));
    }

    [Fact]
    public async Task Drafts_and_future_stories_stay_out_of_the_sitemaps_while_a_scheduled_story_whose_time_has_come_is_in()
    {
        await _site.AddArticleAsync("draft-story", ArticleStatus.Draft, FeedsSiteFactory.Now.AddHours(-1));
        await _site.AddArticleAsync("tomorrows-story", ArticleStatus.Scheduled, FeedsSiteFactory.Now.AddDays(1));
        await _site.AddArticleAsync("scheduled-story", ArticleStatus.Scheduled, FeedsSiteFactory.Now.AddHours(-1));

        foreach (var url in new[] { "/sitemap.xml", "/news-sitemap.xml" })
        {
            var locations = Locations(await _site.GetXmlAsync(url));

            Assert.Contains(FeedsSiteFactory.Absolute("/news/scheduled-story"), locations);
            Assert.DoesNotContain(FeedsSiteFactory.Absolute("/news/draft-story"), locations);
            Assert.DoesNotContain(FeedsSiteFactory.Absolute("/news/tomorrows-story"), locations);
        }
    }

    [Fact]
    public async Task The_news_sitemap_holds_only_the_stories_of_the_last_two_days()
    {
        var stories = await _site.VisibleStoriesAsync();
        var recent = stories.Where(s => s.PublishedUtc >= FeedsSiteFactory.Now.AddDays(-2)).ToList();

        var sitemap = await _site.GetXmlAsync("/news-sitemap.xml");

        // The seed page's own story is from March; its four related stories are from the day before the clock.
        Assert.Equal(4, recent.Count);
        Assert.Equal(recent.Select(s => s.Url).Order(), Locations(sitemap).Order());
        foreach (var url in sitemap.Root!.Elements(Sitemap + "url"))
        {
            var story = recent.Single(s => s.Url == (string)url.Element(Sitemap + "loc")!);
            var news = url.Element(News + "news")!;
            Assert.Equal("NewsSite", (string?)news.Element(News + "publication")?.Element(News + "name"));
            Assert.Equal("en", (string?)news.Element(News + "publication")?.Element(News + "language"));
            Assert.Equal(story.Headline, (string?)news.Element(News + "title"));
            Assert.Equal(story.PublishedUtc, (DateTimeOffset)news.Element(News + "publication_date")!);
        }
    }

    private static List<string> Locations(XDocument sitemap)
    {
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        return sitemap.Root.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
    }
}
