using Deque.AxeCore.Playwright;

namespace NewsSite.Browser.Tests.Accessibility;

public sealed class AxeTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(ReaderPages.AtEveryWidth), MemberType = typeof(ReaderPages))]
    public async Task A_reader_page_has_no_axe_violations(string path, string width)
    {
        var viewport = Viewport.Named(width);
        var tab = await site.NewTabAsync(viewport);
        await using var context = tab.Context;

        await BrowserSite.OpenAsync(tab, path);
        // Screenshot first, so a failing page still leaves a picture behind.
        var screenshot = await Screenshots.SaveAsync(tab, path, viewport);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {screenshot}");
        var result = await tab.RunAxe();

        Assert.True(result.Violations.Length == 0, AxeReport.Describe(path, width, result.Violations));
    }
}
