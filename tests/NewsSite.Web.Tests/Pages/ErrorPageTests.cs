using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task A_crash_answers_500_with_a_page_that_leaks_nothing()
    {
        using var client = _site.CreateClient();
        using var response = await client.GetAsync(new Uri("/crash", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(FailingSite.Secret, page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The site with one extra URL that throws, behind the site's own error handling.</summary>
    private sealed class FailingSite : NewsSiteFactory
    {
        public const string Secret = "connection-password-123";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, CrashFilter>());
        }

        private sealed class CrashFilter : IStartupFilter
        {
            // Runs after the site's pipeline: an unmatched /crash falls through to here and throws inside its error handler.
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map("/crash", branch => branch.Run(_ => throw new InvalidOperationException("Store failed: " + Secret)));
            };
        }
    }
}
