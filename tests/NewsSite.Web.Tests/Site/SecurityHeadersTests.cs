using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Newsroom;
using NewsSite.Store;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Site;

public sealed class SecurityHeadersTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=korea")]
    [InlineData("/no-such-page")]
    public async Task Reader_pages_carry_a_strict_policy_without_inline_script(string url)
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var policy = Directives(response);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self' data: https:", policy["img-src"]);
        Assert.Equal("'self'", policy["frame-ancestors"]);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Reader_pages_hold_no_inline_script_or_style_the_policy_would_block()
    {
        var page = await _site.GetPageAsync("/");
        var story = await _site.GetPageAsync(page.QuerySelector("main a[href^='/news/']")!.GetAttribute("href")!);

        foreach (var document in new[] { page, story })
        {
            Assert.Empty(document.QuerySelectorAll("[style], style"));
            Assert.All(document.QuerySelectorAll("script"), script =>
                Assert.True(script.GetAttribute("type") == "application/ld+json" || script.HasAttribute("src"), script.OuterHtml));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("/admin/sign-in")]
    [InlineData("/admin")]
    public async Task Admin_pages_refuse_every_frame_and_every_cache(string url)
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);

        using var response = await admin.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Directives(response);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Empty((await HtmlForms.ParseAsync(response)).QuerySelectorAll("[style], style, script:not([src])"));
    }

    [Fact]
    public async Task Kestrel_names_no_server()
    {
        await using var site = new NewsSiteFactory();
        site.UseKestrel(0);
        site.StartServer();
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_running_sites_model_matches_the_migrations()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();

        Assert.False(db.Database.HasPendingModelChanges(), "The host's Identity options changed the model: keep IdentityOptions.Stores unset.");
        Assert.Equal(NewsroomRoles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Single(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);
}
