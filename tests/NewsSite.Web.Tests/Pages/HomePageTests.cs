using NewsSite.Articles;
using NewsSite.Sections;

namespace NewsSite.Web.Tests.Pages;

public sealed class HomePageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task A_new_site_seeds_itself_and_shows_the_seed_story_and_its_related_ones()
    {
        var page = await _site.GetPageAsync("/");

        var headlines = page.QuerySelectorAll(".lead-story h3, .latest h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(5, headlines.Count);
        Assert.Contains("N Korea has supplied 7,000 containers of munitions to Russia: S Korean defence chief", headlines);
        Assert.Contains("Lal Krishna Advani hospitalised at Delhi’s Apollo Hospital", headlines);
    }

    [Fact]
    public async Task The_masthead_carries_the_site_name_and_today_in_the_site_time_zone()
    {
        var page = await _site.GetPageAsync("/");

        Assert.Equal("NewsSite", page.QuerySelector("header .site-name")!.TextContent);
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata"));
        Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".masthead time")!.GetAttribute("datetime"));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#content']"));
        Assert.NotNull(page.QuerySelector("main#content"));
        Assert.All(["header", "nav", "main", "footer"], landmark => Assert.NotNull(page.QuerySelector(landmark)));
    }

    [Fact]
    public async Task The_lead_is_the_newest_full_story_and_each_section_has_its_block()
    {
        await Stories.AddAsync(_site, "Sensex closes at a record high", section: StandardSections.Business);
        await Stories.AddAsync(_site, "Unpublished scoop", ArticleStatus.Draft, DateTime.UtcNow.AddMinutes(-5));

        var page = await _site.GetPageAsync("/");

        Assert.Equal("Sensex closes at a record high", page.QuerySelector(".lead-story h3")!.TextContent);
        var blocks = page.QuerySelectorAll(".section-block").ToDictionary(b => b.QuerySelector("h2")!.TextContent, b => b.QuerySelectorAll("h3").Select(h => h.TextContent).ToList());
        Assert.Equal(["India", "World", "Business", "Sports", "Entertainment"], blocks.Keys);
        Assert.Equal(["Sensex closes at a record high"], blocks["Business"]);
        Assert.Equal(2, blocks["India"].Count);
        Assert.DoesNotContain(page.QuerySelectorAll("h3"), h => h.TextContent == "Unpublished scoop");
    }
}
