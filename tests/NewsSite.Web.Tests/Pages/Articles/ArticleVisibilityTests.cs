using System.Net;
using NewsSite.Articles;

namespace NewsSite.Web.Tests.Pages.Articles;

public sealed class ArticleVisibilityTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task Drafts_and_stories_scheduled_for_later_are_not_found()
    {
        await Stories.AddAsync(_site, "Draft budget leak", ArticleStatus.Draft);
        await Stories.AddAsync(_site, "Embargoed results", ArticleStatus.Scheduled, DateTime.UtcNow.AddHours(2));

        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/news/draft-budget-leak")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/news/embargoed-results")).Status);
    }

    [Fact]
    public async Task A_scheduled_story_is_readable_once_its_time_has_passed()
    {
        await Stories.AddAsync(_site, "Results are out", ArticleStatus.Scheduled, DateTime.UtcNow.AddMinutes(-1));

        Assert.Equal("Results are out", (await _site.GetPageAsync("/news/results-are-out")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_withdrawn_story_is_gone_with_410()
    {
        await Stories.AddAsync(_site, "Retracted claim", ArticleStatus.Withdrawn);

        var (status, page) = await _site.GetAsync("/news/retracted-claim");

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Equal("This story has been withdrawn", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_old_slug_redirects_permanently_to_the_current_one()
    {
        await Stories.ChangeAsync(_site, Stories.SeedSlug, a =>
        {
            a.FormerSlugs.Add(new FormerSlug { Slug = a.Slug });
            a.Slug = "north-korea-munitions-to-russia";
        });

        using var client = _site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/news/" + Stories.SeedSlug, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/news/north-korea-munitions-to-russia", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Raw_HTML_and_script_links_in_a_body_never_reach_the_page_as_markup()
    {
        await Stories.AddAsync(_site, "Markup test", body: """
            Intro with <script>alert(1)</script> and <img src=x onerror=alert(2)>.

            [click](javascript:alert(3)) and ![pic](data:image/svg+xml;base64,PHN2Zz4=) and [fine](https://example.com/)
            """);

        var body = (await _site.GetPageAsync("/news/markup-test")).QuerySelector(".story-body")!;

        Assert.Empty(body.QuerySelectorAll("script, img[onerror], [onerror]"));
        Assert.DoesNotContain(body.QuerySelectorAll("a[href], img[src]"), e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://example.com/", body.QuerySelector("a[href^='https']")!.GetAttribute("href"));
    }
}
