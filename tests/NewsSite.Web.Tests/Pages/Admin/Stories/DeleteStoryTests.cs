using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;
using TestStories = NewsSite.Web.Tests.Stories;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>Deleting a story: who may, the confirmation, everything that goes with it, the audit entry and the reader's 404.</summary>
public sealed class DeleteStoryTests : IAsyncDisposable
{
    private const string Form = "form.delete-story-form";

    private readonly StoryDeskSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static Task<(HttpStatusCode Status, Uri? Location)> DeleteAsync(NewsroomSession session, int id, bool confirmed = true) =>
        session.PostFormAsync($"/admin/stories/{id}/delete", Form, confirmed ? new Dictionary<string, string> { ["Confirmed"] = "true" } : null);

    /// <summary>Read twice anonymously: the second answer came from the output cache.</summary>
    private async Task<bool> IsCachedAsync(string url)
    {
        using var client = _site.CreateClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));
        return first.StatusCode == HttpStatusCode.OK && second.Headers.Age is not null;
    }

    private async Task<bool> ExistsAsync(int id)
    {
        var exists = false;
        await TestStories.WithStoreAsync(_site, async db => exists = await db.Articles.AnyAsync(a => a.Id == id));
        return exists;
    }

    [Fact]
    public async Task An_editor_deletes_a_published_story_with_everything_that_hangs_on_it()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var other = await TestStories.AddAsync(_site, "Dams open as rivers rise in Idukki");
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early", "publish");
        await StoryDeskSite.ActAsync(editor, id, "draft", new() { ["Form.Slug"] = "monsoon-kerala", ["Form.Related"] = other.Slug });
        await TestStories.ChangeAsync(_site, other.Slug, a => a.RelatedLinks.Add(new RelatedLink { RelatedArticleId = id, Position = 0 }));

        // Both pages in the output cache for anonymous readers, the other one listing the story first in its sidebar.
        Assert.True(await IsCachedAsync("/news/monsoon-kerala"));
        Assert.True(await IsCachedAsync("/news/" + other.Slug));
        Assert.Equal("Monsoon reaches Kerala early", (await _site.GetPageAsync("/news/" + other.Slug)).QuerySelector("aside.related li h3 a")?.TextContent);

        var confirm = await editor.GetPageAsync($"/admin/stories/{id}/delete");
        Assert.Contains("Monsoon reaches Kerala early", confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // What goes with it, counted: its two saves' revisions and the other story's link to it.
        Assert.Equal(
            ["Revisions: 2. The history cannot be brought back.", "Curated related links: its own, and 1 from other stories to it."],
            confirm.QuerySelectorAll(".delete-scope li").Take(2).Select(li => li.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.OK, (await DeleteAsync(editor, id, confirmed: false)).Status);
        Assert.True(await ExistsAsync(id));

        var (status, location) = await DeleteAsync(editor, id);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/admin/stories", location?.OriginalString);
        Assert.Contains("Deleted “Monsoon reaches Kerala early”", (await editor.GetPageAsync("/admin/stories")).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/news/monsoon-kerala")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/news/monsoon-reaches-kerala-early")).Status);
        Assert.DoesNotContain("Monsoon reaches Kerala early", (await _site.GetPageAsync("/news/" + other.Slug)).QuerySelectorAll("aside.related li h3 a").Select(a => a.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/stories/{id}/edit")).Status);
        await TestStories.WithStoreAsync(_site, async db =>
        {
            Assert.False(await db.Revisions.AnyAsync(r => r.ArticleId == id));
            Assert.False(await db.RelatedLinks.AnyAsync(l => l.ArticleId == id || l.RelatedArticleId == id));
            Assert.False(await db.FormerSlugs.AnyAsync(f => f.ArticleId == id));
            Assert.False(await db.Tags.AnyAsync(t => t.Articles.Any(a => a.Id == id)));
            Assert.True(await db.Tags.AnyAsync(t => t.Slug == "monsoon"));
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.StoryDeleted);
            Assert.Equal((editor.User.Id, "monsoon-kerala"), (entry.UserId, entry.Target));
            Assert.Contains("Monsoon reaches Kerala early", entry.Details, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_author_deletes_only_their_own_draft_that_was_never_published()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        using var author = await _site.SignInAsAsync(NewsroomRoles.Author);
        var theirs = await StoryDeskSite.WriteAsync(editor, "The editor's draft");
        var once = await StoryDeskSite.WriteAsync(author, "Published once, now a draft");
        await StoryDeskSite.ActAsync(editor, once, "publish");
        await StoryDeskSite.ActAsync(editor, once, "unpublish");
        var mine = await StoryDeskSite.WriteAsync(author, "A draft nobody saw");

        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/admin/stories/{theirs}/delete")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/admin/stories/{once}/delete")).Status);
        Assert.Empty((await author.GetPageAsync($"/admin/stories/{once}/edit")).QuerySelectorAll("a.delete-link"));
        Assert.NotNull((await author.GetPageAsync($"/admin/stories/{mine}/edit")).QuerySelector("a.delete-link"));

        // A post made with a token from the author's own page is refused at the editor's story all the same.
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await author.GetPageAsync($"/admin/stories/{mine}/delete")).QuerySelector(Form)!;
        using var content = new FormUrlEncodedContent(HtmlForms.Fields(form, new Dictionary<string, string> { ["Confirmed"] = "true" }));
        using var refused = await author.Client.PostAsync(new Uri($"/admin/stories/{theirs}/delete", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(await ExistsAsync(theirs));

        Assert.Equal(HttpStatusCode.Redirect, (await DeleteAsync(author, mine)).Status);
        Assert.False(await ExistsAsync(mine));
        Assert.True(await ExistsAsync(once));
    }

    [Theory]
    [InlineData(NewsroomRoles.Editor)]
    [InlineData(NewsroomRoles.Admin)]
    public async Task Editors_and_admins_delete_any_story(string role)
    {
        using var author = await _site.SignInAsAsync(NewsroomRoles.Author);
        using var session = await _site.SignInAsAsync(role);
        var id = await StoryDeskSite.WriteAsync(author, "An author's draft");

        Assert.NotNull((await session.GetPageAsync($"/admin/stories/{id}/edit")).QuerySelector("a.delete-link"));
        Assert.Equal(HttpStatusCode.Redirect, (await DeleteAsync(session, id)).Status);
        Assert.False(await ExistsAsync(id));
    }

    [Fact]
    public async Task Strangers_are_sent_to_sign_in_and_a_post_without_the_token_is_refused()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early");
        using var stranger = _site.Anonymous();

        using var anonymous = await stranger.Client.GetAsync(new Uri($"/admin/stories/{id}/delete", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/admin/sign-in", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Confirmed"] = "true" });
        using var tokenless = await editor.Client.PostAsync(new Uri($"/admin/stories/{id}/delete", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
        Assert.True(await ExistsAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/stories/999999/delete")).Status);
    }

    [Fact]
    public async Task A_save_since_the_confirmation_page_opened_stops_the_deletion()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early");
        var confirm = await editor.GetPageAsync($"/admin/stories/{id}/delete");
        await StoryDeskSite.ActAsync(editor, id, "draft", new() { ["Form.Body"] = "A later paragraph." });

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)confirm.QuerySelector(Form)!;
        using var content = new FormUrlEncodedContent(HtmlForms.Fields(form, new Dictionary<string, string> { ["Confirmed"] = "true" }));
        using var response = await editor.Client.PostAsync(new Uri($"/admin/stories/{id}/delete", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await HtmlForms.ParseAsync(response)).FormErrors(), e => e.Contains("Someone saved this story", StringComparison.Ordinal));
        Assert.True(await ExistsAsync(id));
    }
}
