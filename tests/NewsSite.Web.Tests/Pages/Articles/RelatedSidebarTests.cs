using NewsSite.Articles;
using NewsSite.Sections;

namespace NewsSite.Web.Tests.Pages.Articles;

public sealed class RelatedSidebarTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private async Task<List<string>> RelatedOfAsync(string slug) =>
        [.. (await _site.GetPageAsync("/news/" + slug)).QuerySelectorAll("aside.related li h3 a").Select(a => a.TextContent)];

    [Fact]
    public async Task Without_curated_links_the_sidebar_fills_with_the_most_similar_visible_stories()
    {
        var when = DateTime.UtcNow.AddDays(-1);
        await Stories.AddAsync(_site, "Monsoon floods hit Kerala villages", publishedAt: when, body: "Monsoon rains flooded villages across Kerala. Rescue teams reached flooded villages.");
        await Stories.AddAsync(_site, "Kerala flood rescue continues", publishedAt: when.AddHours(-1), body: "Rescue teams in Kerala moved villagers from flooded homes after monsoon rains.");
        await Stories.AddAsync(_site, "Draft: more Kerala floods", ArticleStatus.Draft, when, body: "Monsoon floods Kerala villages rescue.");
        await Stories.AddAsync(_site, "Scheduled: Kerala floods", ArticleStatus.Scheduled, DateTime.UtcNow.AddDays(1), body: "Monsoon floods Kerala villages rescue.");
        await Stories.AddAsync(_site, "Stock markets rally", publishedAt: when, section: StandardSections.Business, body: "Shares rose on bank earnings.");

        var related = await RelatedOfAsync("monsoon-floods-hit-kerala-villages");

        Assert.Equal("Kerala flood rescue continues", related[0]);
        Assert.DoesNotContain("Monsoon floods hit Kerala villages", related);
        Assert.DoesNotContain(related, r => r.StartsWith("Draft", StringComparison.Ordinal) || r.StartsWith("Scheduled", StringComparison.Ordinal));
        Assert.Equal(4, related.Count);
    }

    [Fact]
    public async Task Curated_links_come_first_then_computed_ones_up_to_the_configured_count()
    {
        await Stories.AddAsync(_site, "North Korea fires more missiles", section: StandardSections.World, body: "North Korea fired ballistic missiles as Russia and Ukraine fought.");
        await Stories.ChangeAsync(_site, Stories.SeedSlug, a => a.RelatedLinks.RemoveAll(l => l.Position >= 2));

        var related = await RelatedOfAsync(Stories.SeedSlug);

        Assert.Equal(4, related.Count);
        Assert.StartsWith("3rd Test", related[0], StringComparison.Ordinal);
        Assert.StartsWith("Minister Meghwal", related[1], StringComparison.Ordinal);
        Assert.Equal("North Korea fires more missiles", related[2]);
    }

    [Fact]
    public async Task A_curated_draft_is_left_out()
    {
        await Stories.ChangeAsync(_site, "3rd-test-day-ones-play-at-the-gabba-called-off-due-to-persistent-rain", a => a.Status = ArticleStatus.Draft);

        var related = await RelatedOfAsync(Stories.SeedSlug);

        Assert.DoesNotContain(related, r => r.StartsWith("3rd Test", StringComparison.Ordinal));
        Assert.StartsWith("Minister Meghwal", related[0], StringComparison.Ordinal);
    }
}
