using NewsSite.Articles;
using NewsSite.Browser.Tests.Newsroom;
using NewsSite.Site;

namespace NewsSite.Browser.Tests.Security;

/// <summary>
/// The same payloads typed by an Admin into every newsroom form that keeps text (stories, sections, ad creatives, the
/// site settings, and the Admin's own display name), then every page that shows that text, in Chromium with the
/// Content-Security-Policy switched off: the markup alone must keep them inert. Each test has a site of its own (xUnit
/// makes an instance of the class per test), so a payload saved as the site's name reaches no other test.
/// </summary>
public sealed class NewsroomScriptInjectionTests(BrowserSite browser) : IAsyncDisposable
{
    // The signed-in user's name heads every newsroom page and fills the revisions' "Who" column.
    private readonly LiveSite _site = new(new Dictionary<string, string>(NewsroomAccounts.FirstAdmin())
    {
        ["Admin:DisplayName"] = InjectionPayloads.All[1],
    });

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task No_payload_typed_into_the_newsroom_runs_on_the_newsroom_pages_that_show_it()
    {
        var tab = await browser.NewTabAsync(Viewport.Desktop, _site, bypassCsp: true);
        await using var context = tab.Context;
        var dialogs = new List<string>();
        tab.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var desk = new NewsroomDesk(tab);
        await desk.SignInAsync(NewsroomAccounts.AdminEmail, NewsroomAccounts.Password);

        var pages = new List<string>();
        for (var i = 0; i < InjectionPayloads.All.Count; i++)
        {
            pages.AddRange(await WriteStoryAsync(desk, i, InjectionPayloads.All[i]));
            await AddSectionAsync(desk, i, InjectionPayloads.All[i]);
            await AddCreativeAsync(desk, i, InjectionPayloads.All[i]);
        }

        pages.AddRange(["/admin", "/admin/stories?q=Payload", "/admin/tags", "/admin/sections", "/admin/ads", "/admin/audit", "/admin/users"]);
        var tags = await LinksAsync(desk, "/admin/tags", "tr[data-tag] a[href^='/admin/tags/']");
        var sections = await LinksAsync(desk, "/admin/sections", "tr[data-section^='payload-'] a[href^='/admin/sections/edit/']");
        var creatives = await LinksAsync(desk, "/admin/ads", "tr[data-creative] a[href^='/admin/ads/edit/']");
        Assert.Equal((InjectionPayloads.All.Count, InjectionPayloads.All.Count), (sections.Length, creatives.Length));
        pages.AddRange([.. tags, .. sections, .. creatives]);

        foreach (var path in pages)
        {
            await desk.OpenAsync(path);
            await InertPage.AssertAsync(tab, path);
        }

        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task No_payload_saved_as_the_site_name_or_in_ads_txt_runs_on_the_pages_that_show_them()
    {
        var tab = await browser.NewTabAsync(Viewport.Desktop, _site, bypassCsp: true);
        await using var context = tab.Context;
        var dialogs = new List<string>();
        tab.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var desk = new NewsroomDesk(tab);
        await desk.SignInAsync(NewsroomAccounts.AdminEmail, NewsroomAccounts.Password);

        // The name heads every reader page (title, masthead, Open Graph, the article's JSON-LD) and every newsroom page.
        string[] readerPages = [.. ReaderPages.Paths.Where(p => !p.StartsWith("/admin", StringComparison.Ordinal))];
        var adsTxt = "";
        for (var i = 0; i < InjectionPayloads.All.Count; i++)
        {
            var payload = InjectionPayloads.All[i];
            // From plain values each time: the audit entry and the notice quote the old value before the new one, and
            // some payloads (an unclosed <style>) would hide whatever follows them.
            await SaveSettingsAsync(desk, $"Site {i}", $"# Plain {i}");
            var name = InjectionPayloads.Cut(payload, SiteSettings.NameMaxLength).Trim();
            // A comment and a variable's value: ads.txt keeps both as written.
            adsTxt = $"# {payload}\nCONTACT={payload}";
            await SaveSettingsAsync(desk, name, adsTxt);
            await InertPage.AssertAsync(tab, "/admin/settings (saved)");
            foreach (var path in readerPages)
            {
                await BrowserSite.OpenAsync(tab, path);
                await InertPage.AssertAsync(tab, path);
                // The name just saved, not a copy of the page from before the save.
                Assert.Equal(name, await tab.Locator(".site-name").TextContentAsync());
            }

            foreach (var path in new[] { "/admin", "/admin/settings", "/admin/audit" })
            {
                await desk.OpenAsync(path);
                await InertPage.AssertAsync(tab, path);
                Assert.Equal($"{name} newsroom", await tab.Locator(".newsroom-name").TextContentAsync());
            }

            // A refused save shows the bad lines again, in the field and quoted in its errors.
            await desk.OpenAsync("/admin/settings");
            await desk.Tab.GetByLabel("ads.txt lines").FillAsync($"{payload}, pub-1, DIRECT\nexample.com, pub-1, {payload}");
            await desk.SubmitAsync("Save settings");
            await InertPage.AssertAsync(tab, "/admin/settings (refused)");
            Assert.Equal(2, await tab.Locator(".ads-txt-errors li").CountAsync());
        }

        // ads.txt itself is plain text, which no browser runs, and says so.
        var adsTxtResponse = await tab.APIRequest.GetAsync("/ads.txt");
        Assert.StartsWith("text/plain", adsTxtResponse.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("nosniff", adsTxtResponse.Headers["x-content-type-options"]);
        Assert.Equal(adsTxt.Split('\n'), (await adsTxtResponse.TextAsync()).TrimEnd('\n').Split('\n'));

        Assert.Empty(dialogs);
    }

    private static async Task SaveSettingsAsync(NewsroomDesk desk, string name, string adsTxt)
    {
        await desk.OpenAsync("/admin/settings");
        await desk.Tab.GetByLabel("Site name", new() { Exact = true }).FillAsync(name);
        await desk.Tab.GetByLabel("ads.txt lines").FillAsync(adsTxt);
        await desk.SubmitAsync("Save settings");
        var notice = await desk.Tab.Locator(".notice").AllTextContentsAsync();
        Assert.True(notice is [var saved] && saved.StartsWith("Saved.", StringComparison.Ordinal),
            $"Saving the name {name} was refused: {string.Join(" ", await desk.Tab.Locator(".field-error").AllTextContentsAsync())}");
    }

    /// <summary>A story with the payload in every field, saved as a draft and then published with a new body, so its
    /// revisions and their diff hold it too; returns its edit, preview, revisions and oldest revision's pages.</summary>
    private static async Task<IReadOnlyList<string>> WriteStoryAsync(NewsroomDesk desk, int i, string payload)
    {
        var draft = new StoryDraft($"Payload {i} {payload}", payload, $"Before.\n\n{payload}\n\nAfter {payload} inline.", "India", [InjectionPayloads.Cut(payload, 100)],
            DatelinePlace: InjectionPayloads.Cut(payload, ArticleLimits.DatelinePlace), Byline: payload);
        var edit = await desk.WriteStoryAsync(draft, "Save draft");
        await desk.FillStoryAsync(draft with { Body = $"{payload}\n\nRewritten." });
        await desk.SubmitAsync("Publish now");
        var story = edit[..^"/edit".Length];
        var revisions = await LinksAsync(desk, story + "/revisions", "tr[data-revision] a");
        return [edit, story + "/preview", story + "/revisions", revisions[^1]];
    }

    private static async Task AddSectionAsync(NewsroomDesk desk, int i, string payload)
    {
        await desk.OpenAsync("/admin/sections/edit");
        await desk.Tab.GetByLabel("Name", new() { Exact = true }).FillAsync(InjectionPayloads.Cut(payload, 100));
        await desk.Tab.GetByLabel("Address (slug)").FillAsync($"payload-{i}");
        await desk.Tab.GetByLabel("Description", new() { Exact = true }).FillAsync(payload);
        await desk.SubmitAsync("Save the section");
        Assert.Equal("/admin/sections", new Uri(desk.Tab.Url).AbsolutePath);
    }

    /// <summary>An image creative whose name, alt text, image address and link all carry the payload.</summary>
    private static async Task AddCreativeAsync(NewsroomDesk desk, int i, string payload)
    {
        await desk.OpenAsync("/admin/ads/edit?slot=sidebar-bottom");
        await desk.Tab.GetByLabel("Name", new() { Exact = true }).FillAsync($"Payload {i} {payload}");
        await desk.Tab.GetByLabel("Image URL").FillAsync($"/ads/{i}.png?{payload}");
        await desk.Tab.GetByLabel("Alt text").FillAsync(payload);
        await desk.Tab.GetByLabel("Link URL").FillAsync($"https://advertiser.example/?{payload}");
        await desk.SubmitAsync("Save the creative");
        Assert.True(new Uri(desk.Tab.Url).AbsolutePath == "/admin/ads",
            $"Creative {i} was refused: {string.Join(" ", await desk.Tab.Locator(".field-error").AllTextContentsAsync())}");
    }

    private static async Task<string[]> LinksAsync(NewsroomDesk desk, string page, string selector)
    {
        await desk.OpenAsync(page);
        var links = await desk.Tab.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(links.Length > 0, $"{page} has no link matching {selector}.");
        return links;
    }
}
