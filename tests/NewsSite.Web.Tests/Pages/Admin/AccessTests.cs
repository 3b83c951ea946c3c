using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin;

/// <summary>Who opens which admin page: the folder needs the Author policy, users and audit the Admin policy.</summary>
public sealed class AccessTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    public static TheoryData<string> AdminPages => ["/admin", "/admin/users", "/admin/users/new", "/admin/audit", "/admin/sign-out"];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Anonymous_readers_are_sent_to_sign_in_and_back(string url)
    {
        await _site.CreateUserAsync(NewsroomRoles.Admin);
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/admin/sign-in", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(url), location.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(NewsroomRoles.Author)]
    [InlineData(NewsroomRoles.Editor)]
    public async Task Authors_and_editors_open_the_desk_but_get_403_on_Admin_pages(string role)
    {
        using var session = await _site.SignInAsAsync(role);

        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).Status);
        foreach (var url in new[] { "/admin/users", "/admin/users/new", "/admin/audit" })
        {
            var (status, page) = await session.GetAsync(url);
            Assert.True(status == HttpStatusCode.Forbidden, $"{role} on {url}: {(int)status}");
            Assert.Equal("Not for your role", page.QuerySelector("h1")?.TextContent);
        }

        var desk = await session.GetPageAsync("/admin");
        Assert.Empty(desk.QuerySelectorAll("a[href='/admin/users'], a[href='/admin/audit']"));
    }

    [Fact]
    public async Task Admins_open_every_admin_page()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);

        foreach (var url in AdminPages)
        {
            Assert.True((await admin.GetAsync(url)).Status == HttpStatusCode.OK, $"Admin on {url}");
        }

        var desk = await admin.GetPageAsync("/admin");
        Assert.Equal(2, desk.QuerySelectorAll("main a[href='/admin/users'], main a[href='/admin/audit']").Length);
    }

    [Fact]
    public async Task An_unknown_admin_address_is_a_newsroom_404()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);

        var (status, page) = await admin.GetAsync("/admin/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("No such page", page.QuerySelector("h1")?.TextContent);
    }
}
