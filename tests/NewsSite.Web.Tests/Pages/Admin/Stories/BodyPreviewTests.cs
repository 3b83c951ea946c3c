using System.Net;
using AngleSharp.Html.Parser;
using NewsSite.Articles;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>The story form's live preview: the reader's pipeline and sanitizer, for newsroom members only, antiforgery checked.</summary>
public sealed class BodyPreviewTests : IAsyncDisposable
{
    private const string Url = "/admin/stories/body-preview";

    private const string Markdown = """
        ## Floods in *Kochi*

        <script>alert('raw')</script>

        <img src="x" onerror="alert('raw')">

        [a link](javascript:alert('link')) and [another](https://example.com/report)

        ![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)
        """;

    private readonly StoryDeskSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    /// <summary>The antiforgery token of the story form, as the editor's script sends it.</summary>
    private static async Task<string> TokenAsync(NewsroomSession session)
    {
        var form = (await session.GetPageAsync("/admin/stories/new")).QuerySelector(StoryDeskSite.Form)!;
        return form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(Url, UriKind.Relative), content);
    }

    [Theory]
    [InlineData(NewsroomRoles.Author)]
    [InlineData(NewsroomRoles.Editor)]
    public async Task The_body_comes_back_as_readers_get_it_with_no_script(string role)
    {
        using var session = await _site.SignInAsAsync(role);

        using var response = await PostAsync(session.Client, new() { ["markdown"] = Markdown, ["__RequestVerificationToken"] = await TokenAsync(session) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(ArticleDerivedText.RenderBody(Markdown), html);
        var fragment = new HtmlParser().ParseDocument($"<body>{html}</body>");
        Assert.Equal("Floods in Kochi", fragment.QuerySelector("h2")?.TextContent);
        Assert.Empty(fragment.QuerySelectorAll("script"));
        Assert.DoesNotContain(fragment.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(fragment.QuerySelectorAll("[href], [src]"), e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("https://example.com/report", fragment.QuerySelector("a[href^='https:']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Strangers_are_sent_to_sign_in()
    {
        await _site.CreateUserAsync(NewsroomRoles.Admin);
        using var stranger = _site.Anonymous();

        using var response = await PostAsync(stranger.Client, new() { ["markdown"] = "Hello" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        using var response = await PostAsync(editor.Client, new() { ["markdown"] = "Hello" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_form_holds_the_preview_pane_for_the_script_and_no_inline_script()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        var page = await editor.GetPageAsync("/admin/stories/new");

        var pane = page.QuerySelector("[data-preview-url]")!;
        Assert.Equal(Url, pane.GetAttribute("data-preview-url"));
        Assert.True(pane.HasAttribute("hidden"));
        Assert.Equal("polite", pane.QuerySelector("#body-preview")?.GetAttribute("aria-live"));
        Assert.Contains(page.Scripts, s => s.Source?.StartsWith("/js/body-preview.js", StringComparison.Ordinal) == true);
        Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "inline script"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
    }
}
