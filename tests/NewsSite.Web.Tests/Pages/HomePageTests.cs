namespace NewsSite.Web.Tests.Pages;

public sealed class HomePageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task A_new_site_seeds_itself_and_shows_the_seed_story_and_its_related_ones()
    {
        var page = await _site.GetPageAsync("/");

        var headlines = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("N Korea has supplied 7,000 containers of munitions to Russia: S Korean defence chief", headlines);
        Assert.Contains("Lal Krishna Advani hospitalised at Delhi’s Apollo Hospital", headlines);
        Assert.Equal(5, headlines.Count);
    }
}
