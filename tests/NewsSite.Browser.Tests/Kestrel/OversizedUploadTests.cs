using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Newsroom;
using NewsSite.Store;
using NewsSite.Web.Tests.Newsroom;
using FirstAdmin = NewsSite.Browser.Tests.Newsroom.NewsroomAccounts;

namespace NewsSite.Browser.Tests.Kestrel;

/// <summary>
/// The story form's request size limit, which only a real Kestrel enforces (the in-memory test server ignores it):
/// a post over it is refused with the newsroom's 413 page, and nothing is saved.
/// </summary>
public sealed class OversizedUploadTests : IAsyncDisposable
{
    // Small, so the post over the limit (this plus the form's 2 MB allowance) stays a few megabytes.
    private const long MaxUploadBytes = 1024 * 1024;
    private const string Headline = "Drone footage of the flooded delta";

    private readonly LiveSite _site = new(new Dictionary<string, string>(FirstAdmin.FirstAdmin())
    {
        ["Media:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task A_post_over_the_story_forms_limit_answers_413_with_the_limit_and_saves_nothing()
    {
        using var editor = await SignInAsync(NewsroomRoles.Editor);
        // The image alone is over the request limit: 1 MB for the image and 2 MB for the other fields.
        var image = new byte[MaxUploadBytes + (2 * 1024 * 1024) + 1];
        var values = new Dictionary<string, string>
        {
            ["Form.Headline"] = Headline,
            ["Form.Body"] = "The delta from above.",
            ["Form.HeroImageAlt"] = "The delta under water",
            ["act"] = "draft",
        };

        using var response = await editor.SubmitWithFilesAsync(
            "/admin/stories/new", "form.story-editor", values, new UploadFile("Form.HeroImage", "delta.png", "image/png", image));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The file is too large", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains("A file may be at most 1 MB.", page.QuerySelector("main p")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/stories/new", page.QuerySelector("main a[href^='/admin/stories']")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("body.newsroom header.newsroom-header"));
        Assert.False(await StoreHasStoryAsync(Headline), "The refused post saved a story.");
    }

    /// <summary>
    /// A new user signed in through the sign-in page, on a client of its own: the factory's clients follow redirects
    /// on Kestrel whatever their options say.
    /// </summary>
    private async Task<NewsroomSession> SignInAsync(string role)
    {
        var user = await _site.CreateUserAsync(role);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            // A browser sends the whole body at once; Kestrel refuses a body over the limit unread and closes the
            // connection, which can reset a client still sending it. Asking first (Expect: 100-continue) lets Kestrel
            // answer before the body goes out, so the test reads the answer every time; the answer is the same.
            Expect100ContinueTimeout = TimeSpan.FromSeconds(30),
        };
        var client = new HttpClient(handler) { BaseAddress = _site.BaseAddress };
        client.DefaultRequestHeaders.ExpectContinue = true;
        var session = new NewsroomSession(client, user, NewsroomAccounts.Password);
        var (status, location) = await session.PostFormAsync("/admin/sign-in", "main form", NewsroomAccounts.SignInFields(user.Email!, NewsroomAccounts.Password));
        Assert.True(status == HttpStatusCode.Redirect, $"Signing in answered {(int)status} ({location}).");
        return session;
    }

    private async Task<bool> StoreHasStoryAsync(string headline)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().Articles.AnyAsync(a => a.Headline == headline);
    }
}
