using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin;

/// <summary>Sections, tags, ads and import need the Editor policy.</summary>
public sealed class SiteManagementAccessTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static readonly string[] Pages = ["/admin/sections", "/admin/sections/edit", "/admin/sections/edit/1", "/admin/tags", "/admin/ads", "/admin/ads/edit", "/admin/import"];

    [Fact]
    public async Task Authors_get_403_and_editors_open_them_from_the_navigation()
    {
        using var author = await _site.SignInAsAsync(NewsroomRoles.Author);
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        foreach (var url in Pages)
        {
            Assert.True((await author.GetAsync(url)).Status == HttpStatusCode.Forbidden, $"Author on {url}");
            Assert.True((await editor.GetAsync(url)).Status == HttpStatusCode.OK, $"Editor on {url}");
        }

        Assert.Empty((await author.GetPageAsync("/admin")).QuerySelectorAll("a[href='/admin/sections']"));
        Assert.Equal(4, (await editor.GetPageAsync("/admin")).QuerySelectorAll("header a[href='/admin/sections'], header a[href='/admin/tags'], header a[href='/admin/ads'], header a[href='/admin/import']").Length);
    }

    [Fact]
    public async Task Anonymous_readers_are_sent_to_sign_in()
    {
        await _site.CreateUserAsync(NewsroomRoles.Admin);
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var url in Pages)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/sign-in", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString, StringComparison.Ordinal);
        }
    }
}
