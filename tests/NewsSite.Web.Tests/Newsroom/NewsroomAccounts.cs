using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Newsroom;

namespace NewsSite.Web.Tests.Newsroom;

/// <summary>
/// Newsroom users for tests: <c>await using var editor = await site.SignInAsAsync(NewsroomRoles.Editor)</c> gives a
/// signed-in <see cref="NewsroomSession"/> on any factory of the site.
/// </summary>
public static class NewsroomAccounts
{
    public const string Password = "Newsroom-desk-2026";

    /// <summary>Creates a user with <paramref name="role"/> straight in the store (no page involved).</summary>
    public static async Task<NewsroomUser> CreateUserAsync(this WebApplicationFactory<Program> site, string role, string? email = null, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(site);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@newsroom.test";
        var user = new NewsroomUser { UserName = email, Email = email, DisplayName = $"{role} {email[..6]}" };
        AssertSucceeded(await users.CreateAsync(user, password));
        AssertSucceeded(await users.AddToRoleAsync(user, role));
        return user;
    }

    /// <summary>A browser nobody has signed in on yet (for the sign-in and setup pages themselves).</summary>
    public static NewsroomSession Anonymous(this WebApplicationFactory<Program> site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), new NewsroomUser(), "");
    }

    /// <summary>A new user with <paramref name="role"/>, signed in through the sign-in page.</summary>
    public static async Task<NewsroomSession> SignInAsAsync(this WebApplicationFactory<Program> site, string role)
    {
        var user = await site.CreateUserAsync(role);
        return await site.SignInAsync(user, Password);
    }

    /// <summary>Signs <paramref name="user"/> in through the sign-in page; fails the test unless the page sends them on.</summary>
    public static async Task<NewsroomSession> SignInAsync(this WebApplicationFactory<Program> site, NewsroomUser user, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(user);
        var session = new NewsroomSession(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), user, password);
        using var response = await session.SubmitAsync("/admin/sign-in", "main form", SignInFields(user.Email!, password));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await HtmlForms.ParseAsync(response);
            session.Dispose();
            Assert.Fail($"Signing in {user.Email} answered {(int)response.StatusCode}: {page.QuerySelector(".form-errors")?.TextContent.Trim()}");
        }

        return session;
    }

    public static Dictionary<string, string> SignInFields(string email, string password) =>
        new() { ["Form.Email"] = email, ["Form.Password"] = password };

    /// <summary>The form-level errors a page shows.</summary>
    public static IReadOnlyList<string> FormErrors(this IHtmlDocument page) =>
        page.QuerySelectorAll(".form-errors li").Select(e => e.TextContent.Trim()).ToList();

    public static string? FieldError(this IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    private static void AssertSucceeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
