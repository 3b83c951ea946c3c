using Microsoft.Playwright;

namespace NewsSite.Browser.Tests.Journeys;

/// <summary>A reader's path through the site, one step per page; every step checks the page's shape.</summary>
public sealed class ReaderJourney(IPage tab)
{
    public async Task OpenFrontPageAsync()
    {
        await BrowserSite.OpenAsync(tab, "/");
        await ReaderPageShape.AssertAsync(tab);
    }

    /// <summary>Clicks the first headline in main that links to /news/{slug} and expects the article page.</summary>
    public async Task ReadFirstStoryAsync()
    {
        var story = tab.Locator("main a[href^='/news/']").First;
        Assert.True(await story.CountAsync() == 1, $"{new Uri(tab.Url).PathAndQuery} links to no story under /news/.");

        var response = await tab.RunAndWaitForResponseAsync(
            () => story.ClickAsync(), r => r.Request.IsNavigationRequest && r.Frame == tab.MainFrame);

        Assert.True(response.Status == 200, $"{response.Url} answered {response.Status}, not 200.");
        await ReaderPageShape.AssertAsync(tab);
    }
}
