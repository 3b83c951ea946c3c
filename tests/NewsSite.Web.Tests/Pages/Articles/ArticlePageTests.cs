using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsSite.Web.Tests.Pages.Articles;

public sealed class ArticlePageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private Task<IHtmlDocument> SeedStoryAsync() => _site.GetPageAsync("/news/" + Stories.SeedSlug);

    [Fact]
    public async Task The_seed_story_reads_as_an_article_with_one_headline_dateline_source_and_dates()
    {
        var page = await SeedStoryAsync();

        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("N Korea has supplied 7,000 containers of munitions to Russia: S Korean defence chief", h1.TextContent.Trim());
        Assert.NotNull(h1.Closest("article"));
        var story = page.QuerySelector("article.story")!;
        Assert.Equal("World", story.QuerySelector(".kicker a")!.TextContent);
        Assert.Equal("Seoul", story.QuerySelector(".story-meta .dateline")!.TextContent);
        Assert.Equal("/source/AP", story.QuerySelector(".story-meta .source a")!.GetAttribute("href"));
        Assert.StartsWith("2024-03-18T", story.QuerySelector(".story-meta time")!.GetAttribute("datetime"), StringComparison.Ordinal);
        Assert.Contains(story.QuerySelectorAll(".story-meta span"), s => s.TextContent == "1 min read");
        Assert.Equal(6, story.QuerySelectorAll(".story-body > p").Length);
        Assert.DoesNotContain("(AP)", story.QuerySelector(".story-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_related_sidebar_lists_the_curated_stories_in_page_order_with_dateline_date_and_excerpt()
    {
        var page = await SeedStoryAsync();

        var aside = Assert.Single(page.QuerySelectorAll("aside.related"));
        Assert.Equal("Related articles", aside.QuerySelector("h2")!.TextContent);
        var items = aside.QuerySelectorAll("li");
        Assert.Equal(
            ["3rd Test: Day one’s play at the Gabba called off due to persistent rain", "Minister Meghwal to table ‘One Nation, One Election’ Bill in Lok Sabha on Monday",
             "Rekha gets emotional as she shares a heartfelt moment with Big B’s grandson Agastya Nanda", "Lal Krishna Advani hospitalised at Delhi’s Apollo Hospital"],
            items.Select(i => i.QuerySelector("h3 a")!.TextContent));
        Assert.All(items, i => Assert.Equal("2024-12-14", i.QuerySelector("time")!.GetAttribute("datetime")![..10]));
        Assert.Equal("Brisbane", items[0].QuerySelector(".dateline")!.TextContent);
        Assert.StartsWith("Persistent rain had the final say", items[0].QuerySelector(".teaser-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_ad_slot_of_the_layout_is_on_the_page_with_its_reserved_size_and_a_house_ad()
    {
        var page = await SeedStoryAsync();

        var slots = page.QuerySelectorAll("[data-ad-slot]").ToDictionary(s => s.GetAttribute("data-ad-slot")!);
        Assert.Equal(["top-banner", "article-top", "in-article", "article-bottom", "sidebar-top", "sidebar-bottom"], slots.Keys);
        Assert.Equal(("728", "90", "320", "50"), Size(slots["top-banner"]));
        Assert.Equal(("300", "600", "300", "250"), Size(slots["sidebar-bottom"]));
        Assert.All(slots.Values, s => Assert.Equal("Advertisement", s.QuerySelector(".ad-label")!.TextContent));
        Assert.All(slots.Values, s => Assert.StartsWith("Advertise with us", s.QuerySelector("a.house-ad")!.TextContent, StringComparison.Ordinal));
        // The in-article slot follows the third paragraph of the body.
        var inArticle = slots["in-article"];
        Assert.Equal(3, inArticle.ParentElement!.Children.TakeWhile(c => c != inArticle).Count(c => c.LocalName == "p"));
    }

    private static (string?, string?, string?, string?) Size(IElement slot) =>
        (slot.GetAttribute("data-width"), slot.GetAttribute("data-height"), slot.GetAttribute("data-mobile-width"), slot.GetAttribute("data-mobile-height"));

    [Fact]
    public async Task Search_engines_get_title_description_canonical_open_graph_and_a_NewsArticle()
    {
        var page = await SeedStoryAsync();

        Assert.Equal("N Korea has supplied 7,000 containers of munitions to Russia: S Korean defence chief · NewsSite", page.Title);
        Assert.StartsWith("North Korea has shipped", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.EndsWith("/news/" + Stories.SeedSlug, canonical, StringComparison.Ordinal);
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal(canonical, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("meta[name='twitter:card']"));

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var ld = json.RootElement;
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelector("h1")!.TextContent, ld.GetProperty("headline").GetString());
        Assert.Equal("2024-03-18T00:00:00Z", ld.GetProperty("datePublished").GetString());
        Assert.Equal("World", ld.GetProperty("articleSection").GetString());
        Assert.Equal("AP", ld.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Share_links_are_plain_links_to_each_network_and_a_copy_link()
    {
        var page = await SeedStoryAsync();

        var links = page.QuerySelectorAll(".share a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();
        Assert.Equal(["X", "Facebook", "WhatsApp", "LinkedIn", "E-mail", "Copy link"], links.Select(l => l.TextContent));
        Assert.StartsWith("https://x.com/intent/post?url=http", links[0].Item2, StringComparison.Ordinal);
        Assert.StartsWith("mailto:?subject=", links[4].Item2, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script[src^='http']"));
    }

    [Fact]
    public async Task A_story_edited_after_publication_says_when_it_was_updated()
    {
        Assert.DoesNotContain((await SeedStoryAsync()).QuerySelectorAll(".story-meta span"), s => s.TextContent.StartsWith("Updated", StringComparison.Ordinal));
        await Stories.ChangeAsync(_site, Stories.SeedSlug, a => a.UpdatedAt = new DateTime(2024, 3, 19, 6, 30, 0, DateTimeKind.Utc));

        var updated = (await SeedStoryAsync()).QuerySelectorAll(".story-meta span").Single(s => s.TextContent.StartsWith("Updated", StringComparison.Ordinal));

        Assert.Equal("2024-03-19T12:00+05:30", updated.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task An_excerpt_only_story_shows_its_excerpt_and_says_so()
    {
        var page = await _site.GetPageAsync("/news/lal-krishna-advani-hospitalised-at-delhis-apollo-hospital");

        var body = page.QuerySelector(".story-body")!;
        Assert.StartsWith("Veteran BJP leader", body.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Only an excerpt of this story is available", body.QuerySelector(".excerpt-note")!.TextContent, StringComparison.Ordinal);
    }
}
