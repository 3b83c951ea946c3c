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

    [Theory]
    [MemberData(nameof(AdminPages.AtEveryWidth), MemberType = typeof(AdminPages))]
    public async Task A_newsroom_page_has_no_axe_violations(string page, string width)
    {
        var viewport = Viewport.Named(width);
        var newsroom = await site.NewsroomAsync();
        var tab = await site.NewTabAsync(viewport, newsroom.Site, AdminPages.IsSignedIn(page) ? newsroom.AdminState : null);
        await using var context = tab.Context;

        var path = newsroom.PathOf(page);
        var response = await tab.GotoAsync(path);
        Assert.True(response?.Status == 200, $"{path} answered {response?.Status}, not 200.");
        var screenshot = await Screenshots.SaveAsync(tab, page, viewport);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {screenshot}");
        var result = await tab.RunAxe();

        Assert.True(result.Violations.Length == 0, AxeReport.Describe(path, width, result.Violations));
    }
}
