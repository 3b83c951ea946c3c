namespace NewsSite.Browser.Tests.Newsroom;

/// <summary>
/// The newsroom on a live site of its own, for checks of the admin pages: its configured Admin signed in once (the
/// cookies in <see cref="AdminState"/> open every tab) and one of each thing the admin lists, made through its forms:
/// a published story with two revisions and tags, and an image creative.
/// </summary>
public sealed class NewsroomSite : IAsyncDisposable
{
    private readonly Dictionary<string, string> _ids;

    private NewsroomSite(LiveSite site, string adminState, Dictionary<string, string> ids) =>
        (Site, AdminState, _ids) = (site, adminState, ids);

    public LiveSite Site { get; }

    /// <summary>The signed-in Admin's cookies, for <see cref="BrowserSite.NewTabAsync(Viewport, LiveSite, string?, bool)"/>.</summary>
    public string AdminState { get; }

    /// <summary>An <see cref="AdminPages"/> page with its placeholders ({story}, {revision}, {section}, {tag}, {creative}) filled in.</summary>
    public string PathOf(string page) =>
        _ids.Aggregate(page, (path, id) => path.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));

    public static async Task<NewsroomSite> OpenAsync(BrowserSite browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var site = new LiveSite(NewsroomAccounts.FirstAdmin());
        try
        {
            var tab = await browser.NewTabAsync(Viewport.Desktop, site);
            await using var context = tab.Context;
            var desk = new NewsroomDesk(tab);
            await desk.SignInAsync(NewsroomAccounts.AdminEmail, NewsroomAccounts.Password);

            var draft = new StoryDraft(
                "Kochi opens relief camps as the backwaters rise",
                "The district has moved two thousand families to schools and halls.",
                "The district opened *forty* relief camps.\n\n## Where to go\n\n- Schools\n- Community halls",
                "India",
                ["Monsoon", "Kerala"],
                DatelinePlace: "Kochi",
                Byline: "Asha Menon");
            var edit = await desk.WriteStoryAsync(draft, "Save draft");
            await desk.FillStoryAsync(draft with { Body = draft.Body + "\n\nBoats ferried families from the lowest islands." });
            await desk.SubmitAsync("Publish now");
            var story = edit.Split('/')[^2];

            await AddCreativeAsync(desk);

            var ids = new Dictionary<string, string>
            {
                ["story"] = story,
                // The oldest revision, so its diff against the story as it is now has lines on both sides.
                ["revision"] = await LastSegmentOfLinkAsync(desk, $"/admin/stories/{story}/revisions", "tr[data-revision] a", last: true),
                ["section"] = await LastSegmentOfLinkAsync(desk, "/admin/sections", "tr[data-section='india'] a"),
                ["tag"] = await LastSegmentOfLinkAsync(desk, "/admin/tags", "tr[data-tag='monsoon'] a"),
                ["creative"] = await LastSegmentOfLinkAsync(desk, "/admin/ads", "tr[data-creative='Umbrella sale'] a"),
            };
            return new NewsroomSite(site, await context.StorageStateAsync(), ids);
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();

    private static async Task AddCreativeAsync(NewsroomDesk desk)
    {
        await desk.OpenAsync("/admin/ads/edit?slot=sidebar-bottom");
        var tab = desk.Tab;
        await tab.GetByLabel("Name", new() { Exact = true }).FillAsync("Umbrella sale");
        await tab.GetByLabel("Image URL").FillAsync("/ads/umbrellas.png");
        await tab.GetByLabel("Alt text").FillAsync("Umbrellas at half price");
        await tab.GetByLabel("Link URL").FillAsync("https://umbrellas.example/");
        await desk.SubmitAsync("Save the creative");
        Assert.Equal("/admin/ads", new Uri(tab.Url).AbsolutePath);
    }

    private static async Task<string> LastSegmentOfLinkAsync(NewsroomDesk desk, string page, string selector, bool last = false)
    {
        await desk.OpenAsync(page);
        var links = desk.Tab.Locator(selector);
        var href = await (last ? links.Last : links.First).GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), $"{page} has no link matching {selector}.");
        return href.Split('/')[^1];
    }
}
