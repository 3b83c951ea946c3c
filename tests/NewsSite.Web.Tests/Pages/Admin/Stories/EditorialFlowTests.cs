using System.Net;
using AngleSharp.Html.Dom;
using NewsSite.Articles;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>An editor takes a story from draft to published, edits, reschedules, unpublishes and withdraws it, as readers see it.</summary>
public sealed class EditorialFlowTests : IAsyncDisposable
{
    private readonly StoryDeskSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static List<string> Headlines(IHtmlDocument page) => [.. page.QuerySelectorAll("main h3 a").Select(a => a.TextContent)];

    [Fact]
    public async Task A_draft_is_previewed_published_edited_moved_unpublished_and_withdrawn()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early");
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/news/monsoon-reaches-kerala-early")).Status);

        var preview = await editor.GetPageAsync($"/admin/stories/{id}/preview");
        Assert.Contains("Preview", preview.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Monsoon reaches Kerala early", preview.QuerySelector("article h1")!.TextContent);
        Assert.Contains("<p>Second paragraph.</p>", preview.QuerySelector(".story-body")!.InnerHtml, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await StoryDeskSite.ActAsync(editor, id, "publish")).Status);
        Assert.Equal("Monsoon reaches Kerala early", (await _site.GetPageAsync("/news/monsoon-reaches-kerala-early")).QuerySelector("article h1")!.TextContent);
        Assert.Contains("Monsoon reaches Kerala early", Headlines(await _site.GetPageAsync("/")));
        Assert.Equal(["kerala", "monsoon"], (await _site.StoryAsync(id)).Tags.Select(t => t.Slug).Order());

        await StoryDeskSite.ActAsync(editor, id, "draft", new() { ["Form.Headline"] = "Monsoon reaches Kerala a week early" });
        Assert.Equal("Monsoon reaches Kerala a week early", (await _site.GetPageAsync("/news/monsoon-reaches-kerala-early")).QuerySelector("article h1")!.TextContent);

        await StoryDeskSite.ActAsync(editor, id, "draft", new() { ["Form.Slug"] = "monsoon-kerala" });
        Assert.Equal(HttpStatusCode.MovedPermanently, (await _site.GetAsync("/news/monsoon-reaches-kerala-early")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _site.GetAsync("/news/monsoon-kerala")).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await StoryDeskSite.ActAsync(editor, id, "unpublish")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/news/monsoon-kerala")).Status);
        Assert.Equal(ArticleStatus.Draft, (await _site.StoryAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await StoryDeskSite.ActAsync(editor, id, "withdraw")).Status);
        Assert.Equal(HttpStatusCode.Gone, (await _site.GetAsync("/news/monsoon-kerala")).Status);

        await NewsSite.Web.Tests.Stories.WithStoreAsync(_site, async db =>
        {
            var logged = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.AuditEntries.Where(e => e.UserId == editor.User.Id).OrderBy(e => e.Id).Select(e => e.Action));
            Assert.Equal([AuditActions.StoryPublished, AuditActions.StoryUnpublished, AuditActions.StoryWithdrawn], logged.Where(a => a.StartsWith("story-", StringComparison.Ordinal)));
        });
    }

    [Fact]
    public async Task Writing_the_body_of_an_importer_stub_makes_it_a_full_story()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Stub from the wire", body: "");
        await NewsSite.Web.Tests.Stories.ChangeAsync(_site, "stub-from-the-wire", a => a.IsExcerptOnly = true);

        await StoryDeskSite.ActAsync(editor, id, "draft", new() { ["Form.Body"] = "The full report." });

        Assert.False((await _site.StoryAsync(id)).IsExcerptOnly);
    }

    [Fact]
    public async Task A_scheduled_story_stays_hidden_until_its_time()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Budget speech at eleven");
        var due = _site.Clock.GetUtcNow().UtcDateTime.AddHours(2);

        Assert.Equal(HttpStatusCode.Redirect, (await StoryDeskSite.ActAsync(editor, id, "schedule", new() { ["Form.ScheduleAt"] = _site.LocalInput(due) })).Status);
        Assert.Equal(ArticleStatus.Scheduled, (await _site.StoryAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/news/budget-speech-at-eleven")).Status);

        _site.Clock.Advance(TimeSpan.FromHours(2));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await _site.GetAsync("/news/budget-speech-at-eleven")).Status != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, (await _site.GetAsync("/news/budget-speech-at-eleven")).Status);
    }

    [Fact]
    public async Task Scheduling_in_the_past_and_a_missing_headline_come_back_on_the_form_with_the_input()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Cyclone warning for Odisha");
        var past = _site.Clock.GetUtcNow().UtcDateTime.AddHours(-1);

        using var scheduled = await editor.SubmitAsync($"/admin/stories/{id}/edit", StoryDeskSite.Form,
            new Dictionary<string, string> { ["act"] = "schedule", ["Form.ScheduleAt"] = _site.LocalInput(past), ["Form.Body"] = "Kept text." });
        var page = await HtmlForms.ParseAsync(scheduled);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        Assert.NotNull(page.FieldError("Form.ScheduleAt"));
        Assert.Equal("Kept text.", (page.QuerySelector("textarea[name='Form.Body']") as IHtmlTextAreaElement)!.Value);
        Assert.Equal(ArticleStatus.Draft, (await _site.StoryAsync(id)).Status);

        using var blank = await editor.SubmitAsync($"/admin/stories/{id}/edit", StoryDeskSite.Form,
            new Dictionary<string, string> { ["act"] = "draft", ["Form.Headline"] = "", ["Form.Summary"] = "Kept summary." });
        page = await HtmlForms.ParseAsync(blank);
        Assert.NotNull(page.FieldError("Form.Headline"));
        Assert.Equal("Kept summary.", (page.QuerySelector("textarea[name='Form.Summary']") as IHtmlTextAreaElement)!.Value);
        Assert.Equal("Cyclone warning for Odisha", (await _site.StoryAsync(id)).Headline);
    }
}
