using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Newsroom;
using NewsSite.Store;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin;

public sealed class SetupTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/sign-in")]
    public async Task Without_any_user_every_admin_page_leads_to_setup(string url)
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/setup", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Setup_creates_the_first_Admin_signs_them_in_and_is_then_gone()
    {
        using var browser = _site.Anonymous();
        using var created = await browser.SubmitAsync("/admin/setup", "main form", SetupFields("chief@newsroom.test", "Chief Editor", NewsroomAccounts.Password));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin", created.Headers.Location?.OriginalString);
        var desk = await browser.GetPageAsync("/admin");
        Assert.Contains("Chief Editor", desk.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Admin", desk.QuerySelector("main p strong:last-of-type")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/setup")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/admin/setup")).Status);
        Assert.Contains(await AuditActionsAsync(), a => a == AuditActions.FirstAdminCreated);
    }

    [Fact]
    public async Task Setup_refuses_mismatched_or_weak_passwords_and_keeps_the_input()
    {
        using var browser = _site.Anonymous();
        var fields = SetupFields("chief@newsroom.test", "Chief Editor", NewsroomAccounts.Password);
        fields["Form.ConfirmPassword"] = "something else";
        using var mismatch = await browser.SubmitAsync("/admin/setup", "main form", fields);
        using var weak = await browser.SubmitAsync("/admin/setup", "main form", SetupFields("chief@newsroom.test", "Chief Editor", "short"));

        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        var page = await HtmlForms.ParseAsync(mismatch);
        Assert.Equal("The two passwords differ.", page.FieldError("Form.ConfirmPassword"));
        Assert.Equal("chief@newsroom.test", page.QuerySelector<IHtmlInputElement>("input[name='Form.Email']")!.Value);
        Assert.Equal("Chief Editor", page.QuerySelector<IHtmlInputElement>("input[name='Form.DisplayName']")!.Value);
        Assert.Contains("at least 10 characters", (await HtmlForms.ParseAsync(weak)).FieldError("Form.Password"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/setup")).Status);
    }

    [Fact]
    public async Task Admin_Email_and_Password_in_configuration_create_the_first_Admin_at_start()
    {
        await using var site = new ConfiguredAdminSite();

        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync("/admin/setup")).Status);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        var admin = await db.Users.SingleAsync();
        Assert.Equal("ops@newsroom.test", admin.Email);
        Assert.Equal(["Admin"], await db.UserRoles.Where(r => r.UserId == admin.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync());
        using var session = await site.SignInAsync(admin, NewsroomAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/users")).Status);
    }

    private static Dictionary<string, string> SetupFields(string email, string name, string password) => new()
    {
        ["Form.Email"] = email,
        ["Form.DisplayName"] = name,
        ["Form.Password"] = password,
        ["Form.ConfirmPassword"] = password,
    };

    private async Task<List<string>> AuditActionsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().AuditEntries.Select(e => e.Action).ToListAsync();
    }

    private sealed class ConfiguredAdminSite : NewsSiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:Email", "ops@newsroom.test");
            builder.UseSetting("Admin:Password", NewsroomAccounts.Password);
        }
    }
}
