using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;

namespace NewsSite.Web.Tests.Search;

public sealed class SearchPageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task A_word_from_a_seed_story_s_body_finds_it_with_the_word_marked()
    {
        var page = await _site.GetPageAsync("/search?q=pyongyang");
        const string Headline = "N Korea has supplied 7,000 containers of munitions to Russia: S Korean defence chief";

        var result = Assert.Single(page.QuerySelectorAll("main .search-result"));
        var link = result.QuerySelector("h2 a")!;
        Assert.Equal(Headline, link.TextContent.Trim());
        Assert.Equal(SiteUrls.Article(await SlugOfAsync(Headline)), link.GetAttribute("href"));
        Assert.Equal("Pyongyang", result.QuerySelector(".search-snippet mark")!.TextContent);
        Assert.NotNull(result.QuerySelector("time[datetime]"));
        Assert.NotNull(result.QuerySelector(".section-label"));
        Assert.Equal("1 result for “pyongyang”", page.QuerySelector(".search-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_search_page_is_a_normal_page_with_one_heading_a_prefilled_form_and_no_indexing()
    {
        var page = await _site.GetPageAsync("/search?q=munitions");

        Assert.Single(page.QuerySelectorAll("h1"));
        var input = (IHtmlInputElement)page.QuerySelector("main form input[type=search]")!;
        Assert.Equal("munitions", input.Value);
        Assert.NotNull(page.QuerySelector($"main label[for={input.Id}]"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("Search: munitions · NewsSite", page.Title);
    }

    [Fact]
    public async Task A_headline_match_ranks_above_a_newer_body_only_match()
    {
        await _site.FileAsync(
            Newsdesk.Story("Budget talks stall in the capital", "Ministers argued about the quokkaberry subsidy late into the night.", publishedAt: DateTime.UtcNow.AddMinutes(-5)),
            Newsdesk.Story("Quokkaberry harvest breaks records", "Farmers in the hills report the best season in a decade.", publishedAt: DateTime.UtcNow.AddDays(-3)));

        var page = await _site.GetPageAsync("/search?q=quokkaberry");

        var headlines = page.QuerySelectorAll("main .search-result h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Quokkaberry harvest breaks records", "Budget talks stall in the capital"], headlines);
    }

    [Fact]
    public async Task Drafts_withdrawn_and_future_scheduled_stories_never_appear()
    {
        await _site.FileAsync(
            Newsdesk.Story("Zanzibarite draft story", "Not ready.", ArticleStatus.Draft),
            Newsdesk.Story("Zanzibarite scheduled story", "Not yet.", ArticleStatus.Scheduled, DateTime.UtcNow.AddDays(1)),
            Newsdesk.Story("Zanzibarite withdrawn story", "Taken down.", ArticleStatus.Withdrawn),
            Newsdesk.Story("Zanzibarite scheduled story now live", "Its time has come.", ArticleStatus.Scheduled, DateTime.UtcNow.AddMinutes(-1)));

        var page = await _site.GetPageAsync("/search?q=zanzibarite");

        var result = Assert.Single(page.QuerySelectorAll("main .search-result h2"));
        Assert.Equal("Zanzibarite scheduled story now live", result.TextContent.Trim());
    }

    [Fact]
    public async Task Edits_and_deletions_reach_the_index()
    {
        var story = Newsdesk.Story("Marmalade summit opens", "Delegates gather.");
        await _site.FileAsync(story);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
            var filed = await db.Articles.SingleAsync(a => a.Id == story.Id);
            filed.Headline = "Chutney summit opens";
            await db.SaveChangesAsync();
        }

        Assert.Empty((await _site.GetPageAsync("/search?q=marmalade")).QuerySelectorAll("main .search-result"));
        Assert.Single((await _site.GetPageAsync("/search?q=chutney")).QuerySelectorAll("main .search-result"));
    }

    [Fact]
    public async Task Results_are_paged_with_the_query_kept_in_the_pager_links()
    {
        await _site.FileAsync([.. Enumerable.Range(1, 23).Select(i =>
            Newsdesk.Story($"Lighthouse keepers report {i}", "The xylocarp count rose again.", publishedAt: DateTime.UtcNow.AddHours(-i)))]);

        var first = await _site.GetPageAsync("/search?q=xylocarp");
        var second = await _site.GetPageAsync("/search?q=xylocarp&page=2");

        Assert.Equal(20, first.QuerySelectorAll("main .search-result").Length);
        Assert.Equal("/search?q=xylocarp&page=2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        var rest = second.QuerySelectorAll("main .search-result h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Lighthouse keepers report 21", "Lighthouse keepers report 22", "Lighthouse keepers report 23"], rest);
        Assert.Equal("23 results for “xylocarp”", second.QuerySelector(".search-count")!.TextContent.Trim());
        Assert.Equal("/search?q=xylocarp", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task With_more_matches_than_are_ranked_the_page_says_so_and_pages_stop_after_the_newest()
    {
        await using var site = new NarrowSearchSite();
        // Filed in date order. The oldest is the best match of all (the word in its headline), but it is not among the
        // newest three, nor is survey 1.
        await site.FileAsync(Newsdesk.Story("Dugong numbers recover", "Divers counted them.", publishedAt: DateTime.UtcNow.AddDays(-5)));
        await site.FileAsync([.. Enumerable.Range(1, 4).Select(i =>
            Newsdesk.Story($"Reef survey {i}", "A dugong was seen.", publishedAt: DateTime.UtcNow.AddHours(i - 5)))]);

        var first = await site.GetPageAsync("/search?q=dugong");
        var second = await site.GetPageAsync("/search?q=dugong&page=2");
        var beyond = await site.GetPageAsync("/search?q=dugong&page=3");

        Assert.Equal("More than 3 results for “dugong”", first.QuerySelector(".search-count")!.TextContent.Trim());
        Assert.Contains("Only the newest 3 are listed", first.QuerySelector(".search-prompt")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Reef survey 4", "Reef survey 3"], Headlines(first));
        Assert.Equal("Page 1 of 2", first.QuerySelector("nav.pager span")!.TextContent.Trim());
        Assert.Equal(["Reef survey 2"], Headlines(second));
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
        Assert.Empty(Headlines(beyond));
        Assert.Equal("/search?q=dugong", beyond.QuerySelector("main .search-prompt a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task With_no_more_matches_than_are_ranked_the_total_is_exact()
    {
        await using var site = new NarrowSearchSite();
        await site.FileAsync(
            Newsdesk.Story("Manatee count", "A manatee surfaced."),
            Newsdesk.Story("Manatee draft", "Not ready.", ArticleStatus.Draft),
            Newsdesk.Story("Manatee tomorrow", "Not yet.", ArticleStatus.Scheduled, DateTime.UtcNow.AddDays(1)),
            Newsdesk.Story("Manatee rescue", "Volunteers helped a manatee."),
            Newsdesk.Story("Harbour news", "A manatee again."));

        var page = await site.GetPageAsync("/search?q=manatee");

        Assert.Equal("3 results for “manatee”", page.QuerySelector(".search-count")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".search-prompt"));
        Assert.Equal(2, Headlines(page).Count);
        Assert.Equal("Page 1 of 2", page.QuerySelector("nav.pager span")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("') DROP TABLE Articles;--")]
    [InlineData("*")]
    [InlineData("title:foo")]
    [InlineData("NEAR(korea russia)")]
    [InlineData("korea -russia ^munitions {Headline}: x")]
    [InlineData("🗞️📰 news")]
    [InlineData("🗞️")]
    public async Task Odd_queries_give_a_normal_page(string query)
    {
        var page = await GetOkAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("main form input[type=search]"));
    }

    [Fact]
    public async Task A_thousand_character_query_and_odd_page_numbers_give_a_normal_page()
    {
        var page = await GetOkAsync("/search?q=" + new string('a', 1000));
        Assert.Equal(NewsSite.Search.SearchQuery.MaxLength, ((IHtmlInputElement)page.QuerySelector("main input[type=search]")!).Value.Length);

        await GetOkAsync("/search?q=korea&page=-3");
        await GetOkAsync("/search?q=korea&page=abc");
        var beyond = await GetOkAsync("/search?q=korea&page=99");
        Assert.Empty(beyond.QuerySelectorAll("main .search-result"));

        // The table is still there.
        Assert.NotEmpty((await GetOkAsync("/search?q=korea")).QuerySelectorAll("main .search-result"));
    }

    private static List<string> Headlines(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main .search-result h2").Select(h => h.TextContent.Trim())];

    private async Task<string> SlugOfAsync(string headline)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().Articles.Where(a => a.Headline == headline).Select(a => a.Slug).SingleAsync();
    }

    private async Task<IHtmlDocument> GetOkAsync(string url)
    {
        using var client = _site.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    // Ranks the newest three matches only, two to a page.
    private sealed class NarrowSearchSite : NewsSiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:NewestMatches", "3");
            builder.UseSetting("Site:PageSize", "2");
        }
    }
}
