using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsSite.Browser.Tests.Accessibility;
using NewsSite.Browser.Tests.Security;
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
        var tab = await SignedInTabAsync(bypassCsp: false);
        await using var context = tab.Context;

        await tab.GotoAsync(Url("/admin/stories/new"));
        Assert.False(await tab.IsVisibleAsync("#Form_Related"));
        await tab.FillAsync("#Form_Headline", "Rain stops play again");
        await tab.FillAsync("#Form_Body", "## Rain report\n\nA *wet* day.");
        await tab.Locator("#body-preview h2", new() { HasText = "Rain report" }).WaitForAsync();
        Assert.Equal("wet", await tab.TextContentAsync("#body-preview em"));

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

        await SaveDraftAsync(tab);
        Assert.Equal(["Minister", "3rd"], (await Headlines(tab)).Select(h => h.Split(' ')[0]));

        await tab.Locator(".related-chosen li").Nth(0).GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await SaveDraftAsync(tab);
        Assert.Single(await Headlines(tab));

        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        var saved = await db.Articles.Where(a => a.Headline == "Rain stops play again").Select(a => new { a.BodyHtml, Links = a.RelatedLinks.Count }).SingleAsync();
        Assert.Equal(1, saved.Links);
        Assert.Contains("<h2", saved.BodyHtml, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every known payload (<see cref="InjectionPayloads"/>) typed into the body: the preview inserts the server's answer
    /// with innerHTML, where a script element never runs but an event handler (img onerror, svg onload) does, and a
    /// javascript: link runs when clicked. With the Content-Security-Policy off, only the server's rendering keeps them
    /// inert; with it on, the same markup must still hold nothing that could run. The sanitizer allows http, https and
    /// mailto addresses only (<see cref="NewsSite.Articles.ArticleDerivedText"/>), so no data: image either.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task No_payload_typed_into_the_body_runs_or_stays_alive_in_the_live_preview(bool bypassCsp)
    {
        var tab = await SignedInTabAsync(bypassCsp);
        await using var context = tab.Context;
        var dialogs = new List<string>();
        tab.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await tab.GotoAsync(Url("/admin/stories/new"));
        var payloads = string.Join("\n\n", InjectionPayloads.All.Select(p => $"{p}\n\nInline {p} too."));
        await tab.FillAsync("#Form_Body", $"## Payloads\n\n{payloads}\n\n## End of payloads");
        // Its text, not its heading: markup that got through unsanitized may swallow the heading into a <style> or <table>.
        await tab.WaitForFunctionAsync("() => document.getElementById('body-preview').textContent.includes('End of payloads')");
        // An image fires its error handler in the same task that makes it complete (broken), after its request ends.
        await tab.WaitForFunctionAsync("() => [...document.querySelectorAll('#body-preview img')].every(i => i.complete)");
        await InertPage.AssertAsync(tab, "/admin/stories/new (live preview)");

        // A link the check above let through would run when clicked (in a task of its own, hence the wait): its script
        // would set the flag, or replace the page with its result.
        await tab.Locator("#body-preview a").EvaluateAllAsync<int>("links => { links.forEach(a => a.click()); return links.length; }");
        Assert.Null(await tab.EvaluateAsync<string?>("() => new Promise(done => setTimeout(() => done(window.__xss ?? null), 100))"));
        Assert.True(await tab.Locator("#body-preview").CountAsync() == 1, $"A link in the preview ran and replaced the story form with: {await tab.Locator("body").TextContentAsync()}");
        Assert.Empty(dialogs);
    }

    private async Task<IPage> SignedInTabAsync(bool bypassCsp)
    {
        var tab = await browser.NewTabAsync(Viewport.Desktop, _site, bypassCsp: bypassCsp);
        await new NewsroomDesk(tab).SignInAsync(Email, Password);
        return tab;
    }

    private static async Task SaveDraftAsync(IPage tab)
    {
        await new NewsroomDesk(tab).SubmitAsync("Save draft");
        Assert.Matches("^/admin/stories/\\d+/edit$", new Uri(tab.Url).AbsolutePath);
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
