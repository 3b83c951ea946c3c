using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.Articles;
using NewsSite.Sections;

namespace NewsSite.Web.Tests.Caching;

/// <summary>Cached pages change the moment the store does: every test reads, changes, and reads again.</summary>
public sealed class OutputCacheTests : IAsyncDisposable
{
    private readonly ClockedSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static List<string> Headlines(IHtmlDocument page) => [.. page.QuerySelectorAll("main h3 a").Select(a => a.TextContent)];

    private async Task<List<string>> FeedTitlesAsync()
    {
        using var client = _site.CreateClient();
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/feed.rss", UriKind.Relative)));
        return [.. feed.Descendants("item").Select(i => (string)i.Element("title")!)];
    }

    private async Task<bool> IsCachedAsync(string url)
    {
        using var client = _site.CreateClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));
        return second.Headers.Age is not null && second.Headers.CacheControl?.SharedMaxAge is not null;
    }

    [Fact]
    public async Task A_new_story_appears_at_once_on_every_cached_page_that_lists_it()
    {
        string[] pages = ["/", "/section/india", "/search?q=monsoon", "/feed.rss"];
        foreach (var url in pages)
        {
            Assert.True(await IsCachedAsync(url), $"{url} was not served from the cache.");
        }

        Assert.DoesNotContain("Monsoon arrives in Kerala", await FeedTitlesAsync());

        await Stories.AddAsync(_site, "Monsoon arrives in Kerala", section: StandardSections.India);

        Assert.Contains("Monsoon arrives in Kerala", Headlines(await _site.GetPageAsync("/")));
        Assert.Contains("Monsoon arrives in Kerala", Headlines(await _site.GetPageAsync("/section/india")));
        Assert.Contains("Monsoon arrives in Kerala", (await _site.GetPageAsync("/search?q=monsoon")).QuerySelectorAll("main h2 a, main h3 a").Select(a => a.TextContent));
        Assert.Contains("Monsoon arrives in Kerala", await FeedTitlesAsync());
    }

    [Fact]
    public async Task Editing_a_story_updates_the_sidebars_that_list_it()
    {
        const string seed = "/news/" + Stories.SeedSlug;
        Assert.True(await IsCachedAsync(seed));

        await Stories.ChangeAsync(_site, "3rd-test-day-ones-play-at-the-gabba-called-off-due-to-persistent-rain", a => a.Headline = "Rain washes out the Gabba");

        var related = (await _site.GetPageAsync(seed)).QuerySelectorAll("aside.related h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal("Rain washes out the Gabba", related[0]);
    }

    [Fact]
    public async Task A_new_story_appears_at_once_in_the_cached_sidebar_of_a_close_older_story()
    {
        var older = await Stories.AddAsync(_site, "Gabba pitch report ahead of the fourth Test", section: StandardSections.Sports,
            body: "The Gabba pitch, covers and rain: India and Australia wait on the weather for the Test.");
        var page = "/news/" + older.Slug;
        Assert.True(await IsCachedAsync(page));

        await Stories.AddAsync(_site, "Rain at the Gabba delays the fourth Test again", section: StandardSections.Sports,
            body: "Rain and covers at the Gabba kept India and Australia waiting for the Test to start.");

        var related = (await _site.GetPageAsync(page)).QuerySelectorAll("aside.related h3 a").Select(a => a.TextContent).ToList();
        Assert.Contains("Rain at the Gabba delays the fourth Test again", related);
    }

    [Fact]
    public async Task Unpublishing_takes_a_story_off_every_page_at_once()
    {
        const string advani = "/news/lal-krishna-advani-hospitalised-at-delhis-apollo-hospital";
        Assert.True(await IsCachedAsync("/"));
        Assert.True(await IsCachedAsync(advani));

        await Stories.ChangeAsync(_site, "lal-krishna-advani-hospitalised-at-delhis-apollo-hospital", a => a.Status = ArticleStatus.Draft);

        Assert.DoesNotContain("Lal Krishna Advani hospitalised at Delhi’s Apollo Hospital", Headlines(await _site.GetPageAsync("/")));
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync(advani)).Status);
        Assert.DoesNotContain("Lal Krishna Advani hospitalised at Delhi’s Apollo Hospital",
            (await _site.GetPageAsync("/news/" + Stories.SeedSlug)).QuerySelectorAll("aside.related h3 a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_scheduled_story_goes_live_on_cached_pages_when_the_clock_reaches_its_time()
    {
        var due = _site.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        await Stories.AddAsync(_site, "Election results at noon", ArticleStatus.Scheduled, due, StandardSections.India);
        Assert.True(await IsCachedAsync("/section/india"));
        Assert.DoesNotContain("Election results at noon", Headlines(await _site.GetPageAsync("/section/india")));

        _site.Clock.Advance(TimeSpan.FromMinutes(10));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Headlines(await _site.GetPageAsync("/section/india")).Contains("Election results at noon") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains("Election results at noon", Headlines(await _site.GetPageAsync("/section/india")));
        await Stories.WithStoreAsync(_site, async db => Assert.Equal(ArticleStatus.Published,
            (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Articles, a => a.Slug == "election-results-at-noon")).Status));
    }

    [Fact]
    public async Task A_new_ad_creative_shows_on_cached_pages_at_once()
    {
        const string seed = "/news/" + Stories.SeedSlug;
        Assert.True(await IsCachedAsync(seed));

        await Stories.WithStoreAsync(_site, async db =>
        {
            db.AdCreatives.Add(new NewsSite.Ads.AdCreative { AdSlotId = 1, Name = "launch", ImageUrl = "/ads/launch.png", LinkUrl = "https://advertiser.example/", AltText = "Launch offer" });
            await db.SaveChangesAsync();
        });

        Assert.Equal("Launch offer", (await _site.GetPageAsync(seed)).QuerySelector("[data-ad-slot='top-banner'] img")!.GetAttribute("alt"));
    }

    /// <summary>The site on a clock the test moves by hand.</summary>
    private sealed class ClockedSite : NewsSiteFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
