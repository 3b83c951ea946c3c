using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages;

public sealed class ErrorPageTests : IAsyncDisposable
{
    private readonly FailingSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task An_unknown_URL_answers_404_with_search_and_the_latest_stories()
    {
        var (status, page) = await _site.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name=q]"));
        Assert.NotEmpty(page.QuerySelectorAll("main .latest article.teaser"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/sitemap-1.xml")]
    public async Task A_post_to_a_feed_or_sitemap_answers_405_with_the_designed_page_not_a_token_error(string url)
    {
        var (status, page) = await PostAsync(url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("That address doesn’t take this kind of request", page.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name=q]"));
    }

    // One-segment addresses too: routing once answered them 405, for the sitemap pages' pattern was GET-only.
    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/nope")]
    [InlineData("/sitemap-x.xml")]
    public async Task A_post_to_an_unknown_URL_gets_the_designed_404_with_the_latest_stories(string url)
    {
        var (status, page) = await PostAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("We couldn’t find that page", page.QuerySelector("main h1")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("main .latest article.teaser"));
    }

    [Fact]
    public async Task A_post_to_an_unknown_newsroom_URL_gets_the_newsrooms_404()
    {
        // Past first-run setup, which would otherwise send every admin address to /admin/setup.
        await _site.CreateUserAsync(NewsroomRoles.Admin);

        var (status, page) = await PostAsync("/admin/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("No such page", page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task A_crash_answers_500_with_a_page_that_leaks_nothing()
    {
        using var client = _site.CreateClient();
        using var response = await client.GetAsync(new Uri(CrashRoute.Path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(FailingSite.Secret, page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A form post with no antiforgery token, as a stray client or a bot sends it.</summary>
    private async Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Page)> PostAsync(string url)
    {
        using var client = _site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var content = new FormUrlEncodedContent([new("q", "monsoon")]);
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return (response.StatusCode, await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The site with one extra URL that throws, behind the site's own error handling.</summary>
    private sealed class FailingSite : NewsSiteFactory
    {
        public const string Secret = "connection-password-123";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => CrashRoute.AddTo(services, "Store failed: " + Secret));
        }
    }
}
