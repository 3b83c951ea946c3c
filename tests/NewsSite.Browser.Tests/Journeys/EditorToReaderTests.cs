using System.Xml.Linq;
using Microsoft.Playwright;
using NewsSite.Browser.Tests.Newsroom;

namespace NewsSite.Browser.Tests.Journeys;

/// <summary>
/// The newsroom's whole promise in one browser: an editor signs in, writes a story in Markdown and publishes it, and an
/// anonymous reader finds it at once everywhere readers look.
/// </summary>
public sealed class EditorToReaderTests(BrowserSite browser) : IAsyncDisposable
{
    private const string EditorEmail = "asha@newsroom.test";

    private static readonly StoryDraft Earlier = new(
        "Kochi opens relief camps as the backwaters rise",
        "The district has moved two thousand families to schools and halls.",
        "The district administration opened forty relief camps in schools and community halls on Tuesday.\n\nBoats ferried families from the lowest islands.",
        "India",
        ["Monsoon", "Kerala"],
        DatelinePlace: "Kochi");

    private static readonly StoryDraft Story = new(
        "Idukki growers count what the late rains took",
        "Spice farms in the high ranges lost flowers, vines and weeks of picking.",
        """
        Growers in the high ranges say the late rains stripped *cardamom* flowers before they could set.

        ## What the growers lost

        - Half the cardamom crop on the upper estates
        - Pepper vines on the lower slopes
        - Two weeks of picking

        The Spices Board lists its relief measures on [its website](https://spices.example/relief).
        """,
        "Business",
        ["Kerala", "Monsoon", "Spices"],
        DatelinePlace: "Idukki",
        Byline: "Asha Menon");

    // Two places in the sidebar, and the seed holds two other India stories that outrank a story from another section:
    // the new Business story reaches the earlier India story's sidebar through the tags they share.
    private readonly LiveSite _site = new(new Dictionary<string, string>(NewsroomAccounts.FirstAdmin()) { ["Site:RelatedCount"] = "2" });

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task An_editor_publishes_a_Markdown_story_and_a_reader_finds_it_everywhere_at_once()
    {
        var desk = new NewsroomDesk(await browser.NewTabAsync(Viewport.Desktop, _site));
        await using var deskContext = desk.Tab.Context;
        var reader = await browser.NewTabAsync(Viewport.Desktop, _site);
        await using var readerContext = reader.Context;

        // The chief (the Admin the deployment configured) makes the editor's account; the editor then signs in.
        await desk.SignInAsync(NewsroomAccounts.AdminEmail, NewsroomAccounts.Password);
        await desk.AddUserAsync(EditorEmail, "Asha Menon", "Editor", NewsroomAccounts.Password);
        await desk.SignOutAsync();
        await desk.SignInAsync(EditorEmail, NewsroomAccounts.Password);

        await desk.WriteStoryAsync(Earlier);
        var earlier = await desk.ReaderPathAsync();
        // A reader reads the earlier story before the new one exists: the page is cached now, and must not stay stale.
        await OpenAsync(reader, earlier);
        Assert.Equal(2, await reader.Locator("aside.related li").CountAsync());

        await desk.WriteStoryAsync(Story);
        Assert.Equal("Published.", await TextAsync(desk.Tab.Locator(".notice")));
        Assert.Equal("Published", await TextAsync(desk.Tab.Locator(".story-status")));
        await Screenshots.SaveAsync(desk.Tab, "/editor-journey-published", Viewport.Desktop);
        var story = await desk.ReaderPathAsync();

        await OpenAsync(reader, "/");
        Assert.Contains(story, await LinksAsync(reader, "main"));
        Assert.Equal(Story.Headline, await TextAsync(reader.Locator($"main a[href='{story}']").First));

        await FollowAsync(reader, reader.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = Story.Section, Exact = true }));
        Assert.Equal(Story.Section, await TextAsync(reader.Locator("h1")));
        Assert.Contains(story, await LinksAsync(reader, "main"));

        await reader.GetByRole(AriaRole.Searchbox, new() { Name = "Search stories" }).FillAsync("cardamom");
        await FollowAsync(reader, reader.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }));
        Assert.Contains(story, await LinksAsync(reader, "main"));

        Assert.Contains(story, await FeedLinksAsync(reader, "/feed.rss"));
        Assert.Contains(story, await FeedLinksAsync(reader, "/feed.atom"));

        await OpenAsync(reader, story);
        await Screenshots.SaveAsync(reader, "/editor-journey-story", Viewport.Desktop);
        var body = reader.Locator("article .story-body");
        Assert.Equal(Story.Headline, await TextAsync(reader.Locator("article h1")));
        Assert.Equal("What the growers lost", await TextAsync(body.Locator("h2")));
        Assert.Equal("cardamom", await TextAsync(body.Locator("em")));
        Assert.Equal(["Half the cardamom crop on the upper estates", "Pepper vines on the lower slopes", "Two weeks of picking"],
            (await body.Locator("ul > li").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal("https://spices.example/relief", await body.GetByRole(AriaRole.Link, new() { Name = "its website" }).GetAttributeAsync("href"));

        await OpenAsync(reader, earlier);
        Assert.Contains(story, await LinksAsync(reader, "aside.related"));
        Assert.Equal(Story.Headline, await TextAsync(reader.Locator($"aside.related a[href='{story}']")));
    }

    private static async Task OpenAsync(IPage tab, string path)
    {
        var response = await tab.GotoAsync(path);
        Assert.True(response?.Status == 200, $"{path} answered {response?.Status}, not 200.");
    }

    private static async Task FollowAsync(IPage tab, ILocator link)
    {
        var response = await PageTurns.FollowAsync(tab, () => link.ClickAsync());
        Assert.True(response.Status == 200, $"{response.Url} answered {response.Status}, not 200.");
    }

    private static async Task<string> TextAsync(ILocator locator) => (await locator.TextContentAsync())?.Trim() ?? "";

    /// <summary>Where the links inside <paramref name="scope"/> lead, read at once: a missing link fails now, not after a timeout.</summary>
    private static Task<string[]> LinksAsync(IPage tab, string scope) =>
        tab.Locator($"{scope} a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    /// <summary>The paths of the stories a feed links to, read from its XML the way a feed reader does (RSS items or Atom entries).</summary>
    private static async Task<IReadOnlyList<string>> FeedLinksAsync(IPage tab, string feed)
    {
        var response = await tab.Context.APIRequest.GetAsync(feed);
        Assert.True(response.Status == 200, $"{feed} answered {response.Status}.");
        var xml = XDocument.Parse(await response.TextAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = xml.Root?.Name == atom + "feed"
            ? xml.Root.Elements(atom + "entry").SelectMany(e => e.Elements(atom + "link")).Where(l => (string?)l.Attribute("rel") is null or "alternate").Select(l => (string?)l.Attribute("href"))
            : xml.Descendants("item").Select(i => (string?)i.Element("link"));
        return [.. links.OfType<string>().Select(href => new Uri(href).AbsolutePath)];
    }
}
