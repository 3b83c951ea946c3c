using Microsoft.Playwright;

namespace NewsSite.Browser.Tests.Journeys;

/// <summary>What every reader page owes a keyboard or screen-reader user, checked in a real browser.</summary>
public static class ReaderPageShape
{
    public static async Task AssertAsync(IPage tab)
    {
        var where = new Uri(tab.Url).PathAndQuery;
        Assert.True(await tab.Locator("h1").CountAsync() == 1, $"{where} must have exactly one <h1>.");
        await AssertLandmarkAsync(tab, where, AriaRole.Banner, "<header>");
        await AssertLandmarkAsync(tab, where, AriaRole.Main, "<main>");
        await AssertLandmarkAsync(tab, where, AriaRole.Contentinfo, "<footer>");
        Assert.True(await tab.GetByRole(AriaRole.Navigation).CountAsync() >= 1, $"{where} has no <nav>.");
        await AssertSkipLinkAsync(tab, where);
    }

    private static async Task AssertLandmarkAsync(IPage tab, string where, AriaRole role, string element) =>
        Assert.True(await tab.GetByRole(role).CountAsync() == 1, $"{where} must have exactly one {element} landmark ({role}).");

    /// <summary>The first Tab lands on a visible "Skip to content" link, and following it puts focus in main#content.</summary>
    private static async Task AssertSkipLinkAsync(IPage tab, string where)
    {
        Assert.True(await tab.Locator("main#content").CountAsync() == 1, $"{where}: the skip link's target must be main#content.");

        await tab.Keyboard.PressAsync("Tab");
        var skip = tab.Locator(":focus");
        Assert.Equal("#content", await skip.GetAttributeAsync("href"));
        // Hidden off-screen until focused: a sighted keyboard user must see where Tab went.
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, $"{where}: the focused skip link is off-screen.");

        await tab.Keyboard.PressAsync("Enter");
        Assert.Equal("content", await tab.EvaluateAsync<string?>("() => document.activeElement?.id"));
    }
}
