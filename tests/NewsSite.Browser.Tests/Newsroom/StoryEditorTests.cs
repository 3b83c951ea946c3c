using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsSite.Browser.Tests.Accessibility;
using NewsSite.Newsroom;
using NewsSite.Store;

namespace NewsSite.Browser.Tests.Newsroom;

/// <summary>
/// The story form's scripts in Chromium: the live preview renders the body as readers get it, and the related picker
/// finds, orders and removes stories by keyboard, writing the lines the server reads. The form passes axe meanwhile.
/// </summary>
public sealed class StoryEditorTests(BrowserSite browser) : IAsyncLifetime
{
    private const string Password = "Newsroom-desk-2026";
    private const string Email = "editor@newsroom.test";

    // Its own store: this test writes stories.
    private readonly LiveSite _site = new();

    public async ValueTask InitializeAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
        var editor = new NewsroomUser { UserName = Email, Email = Email, DisplayName = "Desk editor" };
        Assert.True((await users.CreateAsync(editor, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(editor, NewsroomRoles.Editor)).Succeeded);
    }

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private string Url(string path) => _site.UrlOf(path).ToString();

    [Fact]
    public async Task The_preview_follows_the_body_and_the_picker_orders_related_stories_by_keyboard()
    {
        var tab = await browser.NewTabAsync(Viewport.Desktop);
        await using var context = tab.Context;
        await tab.GotoAsync(Url("/admin/sign-in"));
        await tab.FillAsync("#Form_Email", Email);
        await tab.FillAsync("#Form_Password", Password);
        await tab.ClickAsync("button[type=submit]");
        await tab.WaitForURLAsync(Url("/admin"));

        await tab.GotoAsync(Url("/admin/stories/new"));
        Assert.False(await tab.IsVisibleAsync("#Form_Related"));
        await tab.FillAsync("#Form_Headline", "Rain stops play again");
        await tab.FillAsync("#Form_Body", "## Rain report\n\nA *wet* day.\n\n<script>window.__xss = 'preview'</script>\n\n[odd link](javascript:window.__xss='link')");
        await tab.Locator("#body-preview h2", new() { HasText = "Rain report" }).WaitForAsync();
        Assert.Equal("wet", await tab.TextContentAsync("#body-preview em"));
        Assert.Equal(0, await tab.Locator("#body-preview script").CountAsync());
        Assert.Null(await tab.EvaluateAsync<string?>("() => window.__xss ?? null"));

        await AddAsync(tab, "Gabba");
        await AddAsync(tab, "Meghwal");
        var meghwal = tab.Locator(".related-chosen li").Nth(1);
        await meghwal.GetByRole(AriaRole.Button, new() { Name = "Move up" }).FocusAsync();
        await tab.Keyboard.PressAsync("Enter");
        Assert.Equal(["Minister", "3rd"], (await Headlines(tab)).Select(h => h.Split(' ')[0]));
        // The moved story's "Move up" is now disabled at the top, so the keyboard is on its "Move down".
        Assert.StartsWith("Move down", await tab.EvaluateAsync<string>("() => document.activeElement.textContent"), StringComparison.Ordinal);
        Assert.Contains("is now number 1 of 2", await tab.TextContentAsync("#related-status"), StringComparison.Ordinal);
        Assert.Equal(2, (await tab.InputValueAsync("#Form_Related")).Split('\n').Length);

        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {await Screenshots.SaveAsync(tab, "/admin/stories/new", Viewport.Desktop)}");
        var axe = await tab.RunAxe();
        Assert.True(axe.Violations.Length == 0, AxeReport.Describe("/admin/stories/new", "desktop", axe.Violations));

        await tab.ClickAsync("button[value=draft]");
        await tab.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin/stories/\\d+/edit$"));
        Assert.Equal(["Minister", "3rd"], (await Headlines(tab)).Select(h => h.Split(' ')[0]));

        await tab.Locator(".related-chosen li").Nth(0).GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await tab.ClickAsync("button[value=draft]");
        await tab.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin/stories/\\d+/edit$"));
        Assert.Single(await Headlines(tab));

        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        var saved = await db.Articles.Where(a => a.Headline == "Rain stops play again").Select(a => new { a.BodyHtml, Links = a.RelatedLinks.Count }).SingleAsync();
        Assert.Equal(1, saved.Links);
        Assert.Contains("<h2", saved.BodyHtml, StringComparison.Ordinal);
    }

    private static async Task AddAsync(IPage tab, string words)
    {
        await tab.FillAsync("#related-search", words);
        var add = tab.Locator("#related-results li", new() { HasText = words }).GetByRole(AriaRole.Button, new() { Name = "Add" });
        await add.ClickAsync();
        await tab.Locator(".related-chosen li", new() { HasText = words }).WaitForAsync();
    }

    private static async Task<IReadOnlyList<string>> Headlines(IPage tab) =>
        await tab.Locator(".related-chosen .related-headline").AllTextContentsAsync();
}
