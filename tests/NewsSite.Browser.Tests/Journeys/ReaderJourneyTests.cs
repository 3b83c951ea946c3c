namespace NewsSite.Browser.Tests.Journeys;

public sealed class ReaderJourneyTests(BrowserSite site)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_reader_reads_a_story_follows_a_related_one_searches_and_browses_a_section(string width)
    {
        var viewport = Viewport.Named(width);
        var tab = await site.NewTabAsync(viewport);
        await using var context = tab.Context;
        var journey = new ReaderJourney(tab, viewport);

        await journey.OpenFrontPageAsync();
        var lead = await journey.ReadLeadStoryAsync();
        var related = await journey.FollowFirstRelatedAsync();
        await journey.SearchAndOpenFirstResultAsync("Korea");
        await journey.OpenSectionAsync("World");

        Assert.NotEqual(lead, related);
    }
}
