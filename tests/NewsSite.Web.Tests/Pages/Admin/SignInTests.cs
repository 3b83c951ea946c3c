using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsSite.Newsroom;
using NewsSite.Web.Pages.Admin;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin;

public sealed class SignInTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task The_right_password_signs_in_and_opens_the_desk()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        var desk = await editor.GetPageAsync("/admin");

        Assert.Equal("Newsroom desk", desk.QuerySelector("h1")!.TextContent);
        Assert.Equal(editor.User.DisplayName, desk.QuerySelector(".sign-out span")!.TextContent);
        Assert.NotNull(desk.QuerySelector(".sign-out input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var author = await _site.CreateUserAsync(NewsroomRoles.Author);
        using var browser = _site.Anonymous();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await browser.SubmitAsync("/admin/sign-in", "main form", NewsroomAccounts.SignInFields(author.Email!, "Wrong-password-1"));
            Assert.Equal([SignInModel.WrongCredentials], (await HtmlForms.ParseAsync(wrong)).FormErrors());
        }

        using var fifth = await browser.SubmitAsync("/admin/sign-in", "main form", NewsroomAccounts.SignInFields(author.Email!, "Wrong-password-1"));
        using var right = await browser.SubmitAsync("/admin/sign-in", "main form", NewsroomAccounts.SignInFields(author.Email!, NewsroomAccounts.Password));

        Assert.Equal([SignInModel.LockedOut], (await HtmlForms.ParseAsync(fifth)).FormErrors());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal([SignInModel.LockedOut], (await HtmlForms.ParseAsync(right)).FormErrors());
    }

    [Theory]
    [InlineData("https://evil.example/phish", "/admin")]
    [InlineData("//evil.example/phish", "/admin")]
    [InlineData("/admin/users", "/admin/users")]
    public async Task After_sign_in_only_a_local_returnUrl_is_followed(string returnUrl, string expected)
    {
        var admin = await _site.CreateUserAsync(NewsroomRoles.Admin);
        using var browser = _site.Anonymous();

        using var response = await browser.SubmitAsync($"/admin/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}", "main form", NewsroomAccounts.SignInFields(admin.Email!, NewsroomAccounts.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        var admin = await _site.CreateUserAsync(NewsroomRoles.Admin);
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(NewsroomAccounts.SignInFields(admin.Email!, NewsroomAccounts.Password));

        using var response = await client.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The form was refused", (await HtmlForms.ParseAsync(response)).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var author = await _site.SignInAsAsync(NewsroomRoles.Author);

        using var signedOut = await author.SubmitAsync("/admin", "form.sign-out");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var (status, _) = await author.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, status);
    }

    [Fact]
    public async Task Too_many_sign_in_posts_from_one_address_get_429()
    {
        await using var site = new StrictSignInSite();
        var admin = await site.CreateUserAsync(NewsroomRoles.Admin);
        using var browser = site.Anonymous();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await browser.SubmitAsync("/admin/sign-in", "main form", NewsroomAccounts.SignInFields("nobody@newsroom.test", "Wrong-password-1"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await browser.SubmitAsync("/admin/sign-in", "main form", NewsroomAccounts.SignInFields(admin.Email!, NewsroomAccounts.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("Too many sign-in attempts", (await HtmlForms.ParseAsync(refused)).QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/sign-in")).Status);
    }

    private sealed class StrictSignInSite : NewsSiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Newsroom:SignInAttemptsPerMinute", "3");
        }
    }
}
