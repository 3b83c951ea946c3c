using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NewsSite.Articles;
using NewsSite.Sections;
using NewsSite.Web.Tests.Pages.Admin.Stories;

namespace NewsSite.Web.Tests.Pages.Sections;

public sealed class StoryListPageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static List<string> Headlines(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main article.teaser h3 a").Select(a => a.TextContent)];

    [Fact]
    public async Task A_section_lists_its_stories_newest_first()
    {
        var page = await _site.GetPageAsync("/section/india");

        Assert.Equal("India", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Lal Krishna Advani hospitalised at Delhi’s Apollo Hospital", "Minister Meghwal to table ‘One Nation, One Election’ Bill in Lok Sabha on Monday"], Headlines(page));
        Assert.EndsWith("/section/india", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_sections_are_paged_and_a_page_past_the_end_is_not_found()
    {
        for (var i = 1; i <= 23; i++)
        {
            await Stories.AddAsync(_site, $"Sports story number {i}", publishedAt: DateTime.UtcNow.AddHours(-i), section: StandardSections.Sports);
        }

        var first = await _site.GetPageAsync("/section/sports");
        var second = await _site.GetPageAsync("/section/sports?page=2");

        Assert.Equal(20, Headlines(first).Count);
        Assert.Equal("Sports story number 1", Headlines(first)[0]);
        Assert.Equal("/section/sports?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["Sports story number 21", "Sports story number 22", "Sports story number 23", "3rd Test: Day one’s play at the Gabba called off due to persistent rain"], Headlines(second));
        Assert.Equal("/section/sports", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.EndsWith("/section/sports?page=2", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/section/sports?page=3")).Status);
        Assert.Equal(20, Headlines(await _site.GetPageAsync("/section/sports?page=-4")).Count);
    }

    [Fact]
    public async Task A_story_published_after_a_list_was_read_shows_in_its_pager_at_once()
    {
        // With the seed's one sports story, twenty: one full page.
        for (var i = 1; i <= 19; i++)
        {
            await Stories.AddAsync(_site, $"Sports story number {i}", publishedAt: DateTime.UtcNow.AddHours(-i), section: StandardSections.Sports, tags: i == 1 ? ["Cricket"] : []);
        }

        Assert.Null((await _site.GetPageAsync("/section/sports")).QuerySelector(".pager a[rel=next]"));
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/section/sports?page=2")).Status);
        Assert.Equal(["Sports story number 1"], Headlines(await _site.GetPageAsync("/tag/cricket")));

        await Stories.AddAsync(_site, "Sports story number 20", publishedAt: DateTime.UtcNow.AddMinutes(-1), section: StandardSections.Sports, tags: ["Cricket"]);

        Assert.Equal("/section/sports?page=2", (await _site.GetPageAsync("/section/sports")).QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Single(Headlines(await _site.GetPageAsync("/section/sports?page=2")));
        Assert.Equal(["Sports story number 20", "Sports story number 1"], Headlines(await _site.GetPageAsync("/tag/cricket")));
    }

    [Fact]
    public async Task A_scheduled_story_joins_its_section_pager_when_its_time_comes()
    {
        // Neither the output cache nor the scheduled publisher: only the pager count's own due time can show the story.
        await using var site = new ClockOnlySite();
        for (var i = 1; i <= 19; i++)
        {
            await Stories.AddAsync(site, $"Sports story number {i}", publishedAt: site.Clock.GetUtcNow().UtcDateTime.AddHours(-i), section: StandardSections.Sports);
        }

        await Stories.AddAsync(site, "Scheduled sports story", ArticleStatus.Scheduled, site.Clock.GetUtcNow().UtcDateTime.AddSeconds(20), section: StandardSections.Sports);
        Assert.Null((await site.GetPageAsync("/section/sports")).QuerySelector(".pager a[rel=next]"));

        // Well within ListCounts.MaxAge, so only the story's own time can end the count kept before.
        site.Clock.Advance(TimeSpan.FromSeconds(30));

        var first = await site.GetPageAsync("/section/sports");
        Assert.Equal("Scheduled sports story", Headlines(first)[0]);
        Assert.NotNull(first.QuerySelector(".pager a[rel=next]"));
        Assert.Single(Headlines(await site.GetPageAsync("/section/sports?page=2")));
    }

    private sealed class ClockOnlySite : StoryDeskSite
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Caching:Enabled", "false");
            builder.ConfigureServices(services => services.RemoveAll<IHostedService>());
        }
    }

    [Fact]
    public async Task Tag_and_source_pages_list_only_their_visible_stories()
    {
        await Stories.AddAsync(_site, "Cyclone nears the coast", source: "PTI", tags: ["Cyclone", "Weather"]);
        await Stories.AddAsync(_site, "Cyclone draft", ArticleStatus.Draft, source: "PTI", tags: ["Cyclone"]);
        await Stories.AddAsync(_site, "Heatwave warning", source: "IANS", tags: ["Weather"]);

        Assert.Equal(["Cyclone nears the coast"], Headlines(await _site.GetPageAsync("/tag/cyclone")));
        Assert.Equal(["Heatwave warning", "Cyclone nears the coast"], Headlines(await _site.GetPageAsync("/tag/weather")));
        Assert.Equal(["Cyclone nears the coast"], Headlines(await _site.GetPageAsync("/source/PTI")));
        Assert.Equal("N Korea has supplied 7,000 containers of munitions to Russia: S Korean defence chief", Assert.Single(Headlines(await _site.GetPageAsync("/source/AP"))));
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/tag/no-such-tag")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/source/Nobody")).Status);
    }

    [Fact]
    public async Task An_unknown_section_gets_the_designed_404_page()
    {
        var (status, page) = await _site.GetAsync("/section/astrology");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("We couldn’t find that page", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
        Assert.Equal(5, page.QuerySelectorAll("main .latest article.teaser").Length);
    }
}
