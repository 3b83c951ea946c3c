using System.Net;
using AngleSharp.Html.Dom;
using NewsSite.Articles;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>Two editors on one story, the revision history, and what Authors and strangers may do.</summary>
public sealed class StoryEditingTests : IAsyncDisposable
{
    private readonly StoryDeskSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static async Task<HttpResponseMessage> PostAsync(NewsroomSession session, IHtmlDocument page, string url, Dictionary<string, string> values)
    {
        var form = (IHtmlFormElement)page.QuerySelector(StoryDeskSite.Form)!;
        using var content = new FormUrlEncodedContent(HtmlForms.Fields(form, values));
        return await session.Client.PostAsync(HtmlForms.Target(form, url), content);
    }

    [Fact]
    public async Task The_second_of_two_saves_gets_a_conflict_and_the_first_save_stays()
    {
        using var first = await _site.SignInAsAsync(NewsroomRoles.Editor);
        using var second = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(first, "Metro line opens in Pune");
        var url = $"/admin/stories/{id}/edit";
        var firstForm = await first.GetPageAsync(url);
        var secondForm = await second.GetPageAsync(url);

        using var saved = await PostAsync(first, firstForm, url, new() { ["act"] = "draft", ["Form.Headline"] = "Pune metro line opens" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var refused = await PostAsync(second, secondForm, url, new() { ["act"] = "draft", ["Form.Body"] = "My own careful rewrite." });

        var page = await HtmlForms.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(page.FormErrors(), e => e.Contains("Someone else saved this story", StringComparison.Ordinal));
        Assert.Equal("Pune metro line opens", page.QuerySelector(".story-conflict .conflict-headline")!.TextContent);
        Assert.Contains(first.User.DisplayName, page.QuerySelector(".story-conflict h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My own careful rewrite.", (page.QuerySelector("textarea[name='Form.Body']") as IHtmlTextAreaElement)!.Value);
        var story = await _site.StoryAsync(id);
        Assert.Equal("Pune metro line opens", story.Headline);
        Assert.NotEqual("My own careful rewrite.", story.Body);
    }

    [Fact]
    public async Task Every_save_leaves_a_revision_and_restoring_one_brings_its_text_back_as_a_new_revision()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Floods in Assam", body: "Original body.");
        await StoryDeskSite.ActAsync(editor, id, "draft", new() { ["Form.Headline"] = "Assam floods worsen", ["Form.Body"] = "Rewritten body." });

        var list = await editor.GetPageAsync($"/admin/stories/{id}/revisions");
        var rows = list.QuerySelectorAll("tr[data-revision]");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Headline, Body", rows[0].TextContent, StringComparison.Ordinal);
        var oldest = rows[1].GetAttribute("data-revision");

        var diff = await editor.GetPageAsync($"/admin/stories/{id}/revisions/{oldest}");
        Assert.Contains(diff.QuerySelectorAll(".diff-removed"), e => e.TextContent.Contains("Original body.", StringComparison.Ordinal));
        Assert.Contains(diff.QuerySelectorAll(".diff-added"), e => e.TextContent.Contains("Rewritten body.", StringComparison.Ordinal));

        var (status, _) = await editor.PostFormAsync($"/admin/stories/{id}/revisions/{oldest}", "form.restore-form");
        Assert.Equal(HttpStatusCode.Redirect, status);
        var story = await _site.StoryAsync(id);
        Assert.Equal(("Floods in Assam", "Original body."), (story.Headline, story.Body));
        Assert.Equal(3, (await editor.GetPageAsync($"/admin/stories/{id}/revisions")).QuerySelectorAll("tr[data-revision]").Length);
    }

    [Fact]
    public async Task An_author_saves_drafts_but_cannot_publish_and_sees_only_their_own_stories()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        using var author = await _site.SignInAsAsync(NewsroomRoles.Author);
        var theirs = await StoryDeskSite.WriteAsync(editor, "Editor's own story");
        var mine = await StoryDeskSite.WriteAsync(author, "Author's first draft");

        Assert.Empty((await author.GetPageAsync($"/admin/stories/{mine}/edit")).QuerySelectorAll("button[value='publish']"));
        var (status, _) = await StoryDeskSite.ActAsync(author, mine, "publish");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(ArticleStatus.Draft, (await _site.StoryAsync(mine)).Status);

        var list = (await author.GetPageAsync("/admin/stories")).QuerySelectorAll("tr[data-story] a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Author's first draft"], list);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/admin/stories/{theirs}/edit")).Status);
        Assert.Contains("Author's first draft", (await editor.GetPageAsync("/admin/stories")).QuerySelectorAll("tr[data-story] a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task The_stories_list_filters_pages_and_marks_excerpts()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var before = (await editor.GetPageAsync("/admin/stories")).QuerySelectorAll("tr[data-story]").Length;
        for (var i = 0; i < 20; i++)
        {
            await NewsSite.Web.Tests.Stories.AddAsync(_site, $"Wire story number {i}");
        }

        Assert.Equal(20, (await editor.GetPageAsync("/admin/stories")).QuerySelectorAll("tr[data-story]").Length);
        Assert.Equal(before, (await editor.GetPageAsync("/admin/stories?page=2")).QuerySelectorAll("tr[data-story]").Length);
        Assert.Single((await editor.GetPageAsync("/admin/stories?q=number+7")).QuerySelectorAll("tr[data-story]"));
        await NewsSite.Web.Tests.Stories.ChangeAsync(_site, "wire-story-number-3", a => a.IsExcerptOnly = true);
        Assert.NotNull((await editor.GetPageAsync("/admin/stories?q=number+3")).QuerySelector("tr[data-story] .excerpt-only"));

        var gabba = await editor.GetPageAsync("/admin/stories?q=gabba&status=Published");
        Assert.All(gabba.QuerySelectorAll("tr[data-story] a"), a => Assert.Contains("gabba", a.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(gabba.QuerySelectorAll("tr[data-story]"));
    }

    [Fact]
    public async Task Strangers_are_sent_to_sign_in()
    {
        await _site.CreateUserAsync(NewsroomRoles.Admin);
        using var stranger = _site.Anonymous();
        foreach (var url in new[] { "/admin/stories", "/admin/stories/new", "/admin/stories/1/edit", "/admin/stories/1/preview" })
        {
            using var response = await stranger.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/admin/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }
}
