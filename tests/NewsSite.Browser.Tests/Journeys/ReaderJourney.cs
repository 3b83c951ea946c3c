using Microsoft.Playwright;

namespace NewsSite.Browser.Tests.Journeys;

/// <summary>A reader's path through the site, one step per page; every step checks the page's shape and leaves a screenshot.</summary>
public sealed class ReaderJourney(IPage tab, Viewport viewport)
{
    private int _step;

    public async Task OpenFrontPageAsync()
    {
        await BrowserSite.OpenAsync(tab, "/");
        await ArriveAsync("front");
    }

    /// <summary>Clicks the lead story's headline and expects its article page.</summary>
    public async Task<string> ReadLeadStoryAsync()
    {
        var headline = await tab.Locator(".lead-story h3 a").First.InnerTextAsync();
        await NavigateAsync(tab.Locator(".lead-story h3 a").First, "story");
        Assert.Equal(headline, await tab.Locator("article h1").InnerTextAsync());
        Assert.True(await tab.Locator("article .story-body p").CountAsync() > 0, "The story has no body paragraphs.");
        return headline;
    }

    /// <summary>Follows the first entry of the "Related articles" sidebar.</summary>
    public async Task<string> FollowFirstRelatedAsync()
    {
        var related = tab.Locator("aside.related li h3 a").First;
        var headline = await related.InnerTextAsync();
        await NavigateAsync(related, "related");
        Assert.Equal(headline, await tab.Locator("article h1").InnerTextAsync());
        return headline;
    }

    /// <summary>Searches from the masthead and opens the first result.</summary>
    public async Task SearchAndOpenFirstResultAsync(string query)
    {
        await tab.GetByRole(AriaRole.Searchbox, new() { Name = "Search stories" }).First.FillAsync(query);
        await NavigateAsync(tab.GetByRole(AriaRole.Button, new() { Name = "Search" }).First, "search");
        var first = tab.Locator("main a[href^='/news/']").First;
        Assert.True(await first.CountAsync() == 1, $"Searching for '{query}' found nothing.");
        await NavigateAsync(first, "search-result");
    }

    /// <summary>Opens a section from the navigation bar.</summary>
    public async Task OpenSectionAsync(string name)
    {
        await NavigateAsync(tab.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }), "section");
        Assert.Equal(name, (await tab.Locator("h1").TextContentAsync())?.Trim());
        Assert.True(await tab.Locator("main article.teaser").CountAsync() > 0, $"The {name} section lists no stories.");
    }

    private async Task NavigateAsync(ILocator link, string step)
    {
        var response = await PageTurns.FollowAsync(tab, () => link.ClickAsync());
        Assert.True(response.Status == 200, $"{response.Url} answered {response.Status}, not 200.");
        await ArriveAsync(step);
    }

    // After GotoAsync (which waits for "load" itself) or a page turn.
    private async Task ArriveAsync(string step)
    {
        var file = await Screenshots.SaveAsync(tab, $"/journey-{++_step}-{step}", viewport);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {file}");
        await ReaderPageShape.AssertAsync(tab);
    }
}
