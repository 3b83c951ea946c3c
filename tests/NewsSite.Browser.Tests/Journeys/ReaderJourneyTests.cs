namespace NewsSite.Browser.Tests.Journeys;

// The journey grows with the reader pages: ReadFirstStoryAsync joins once /news/{slug} serves, then section and search.
public sealed class ReaderJourneyTests(BrowserSite site)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_reader_starts_on_a_front_page_built_for_keyboards_and_screen_readers(string width)
    {
        var tab = await site.NewTabAsync(Viewport.Named(width));
        await using var context = tab.Context;
        var journey = new ReaderJourney(tab);

        await journey.OpenFrontPageAsync();
    }
}
