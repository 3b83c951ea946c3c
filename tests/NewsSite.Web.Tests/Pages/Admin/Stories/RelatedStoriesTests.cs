using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;
using TestStories = NewsSite.Web.Tests.Stories;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>Editors curate a story's related stories on its form; readers see them first, in that order.</summary>
public sealed class RelatedStoriesTests : IAsyncDisposable
{
    private readonly StoryDeskSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private async Task<List<string>> RelatedOnReaderPageAsync(string slug) =>
        [.. (await _site.GetPageAsync("/news/" + slug)).QuerySelectorAll("aside.related li h3 a").Select(a => a.TextContent)];

    private async Task<List<int>> LinksAsync(int id)
    {
        var links = new List<int>();
        await TestStories.WithStoreAsync(_site, async db => links = await db.RelatedLinks.Where(l => l.ArticleId == id).OrderBy(l => l.Position).Select(l => l.RelatedArticleId).ToListAsync());
        return links;
    }

    private static Dictionary<string, string> Related(params string[] lines) => new() { ["Form.Related"] = string.Join("\n", lines) };

    [Fact]
    public async Task Two_curated_stories_come_first_on_the_reader_page_in_the_chosen_order()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early", "publish");
        var fishermen = await TestStories.AddAsync(_site, "Fishermen warned off the Kerala coast");
        var dams = await TestStories.AddAsync(_site, "Dams open as rivers rise in Idukki");

        // A slug and a URL pasted from the address bar name stories alike.
        var (status, _) = await StoryDeskSite.ActAsync(editor, id, "draft", Related(dams.Slug, $"http://localhost/news/{fishermen.Slug}?from=home"));

        Assert.Equal(HttpStatusCode.Redirect, status);
        var related = await RelatedOnReaderPageAsync("monsoon-reaches-kerala-early");
        Assert.Equal([dams.Headline, fishermen.Headline], related.Take(2));
        var form = await editor.GetPageAsync($"/admin/stories/{id}/edit");
        Assert.Equal($"{dams.Slug}\n{fishermen.Slug}", ((IHtmlTextAreaElement)form.QuerySelector("textarea[name='Form.Related']")!).Value);
        Assert.Equal([dams.Headline, fishermen.Headline], form.QuerySelectorAll(".related-chosen .related-headline").Select(e => e.TextContent));
        var revisions = (await editor.GetPageAsync($"/admin/stories/{id}/revisions")).QuerySelectorAll("tr[data-revision]");
        Assert.Contains("Related", revisions[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Curated_stories_are_reordered_removed_and_cleared()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early", "publish");
        var fishermen = await TestStories.AddAsync(_site, "Fishermen warned off the Kerala coast");
        var dams = await TestStories.AddAsync(_site, "Dams open as rivers rise in Idukki");
        await StoryDeskSite.ActAsync(editor, id, "draft", Related(dams.Slug, fishermen.Slug));
        Assert.Equal(dams.Headline, (await RelatedOnReaderPageAsync("monsoon-reaches-kerala-early"))[0]);

        await StoryDeskSite.ActAsync(editor, id, "draft", Related(fishermen.Slug, dams.Slug));
        Assert.Equal([fishermen.Id, dams.Id], await LinksAsync(id));
        Assert.Equal([fishermen.Headline, dams.Headline], (await RelatedOnReaderPageAsync("monsoon-reaches-kerala-early")).Take(2));

        await StoryDeskSite.ActAsync(editor, id, "draft", Related(dams.Slug));
        Assert.Equal([dams.Id], await LinksAsync(id));
        Assert.Equal(dams.Headline, (await RelatedOnReaderPageAsync("monsoon-reaches-kerala-early"))[0]);

        await StoryDeskSite.ActAsync(editor, id, "draft", Related());
        Assert.Empty(await LinksAsync(id));
    }

    [Fact]
    public async Task Each_bad_line_is_named_on_the_form_with_the_input_kept_and_nothing_saved()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early", "publish");
        var dams = await TestStories.AddAsync(_site, "Dams open as rivers rise in Idukki");
        string[] lines = ["no-such-story", "monsoon-reaches-kerala-early", dams.Slug, "", "/news/" + dams.Slug, "https://example.com/elsewhere/page"];

        using var response = await editor.SubmitAsync($"/admin/stories/{id}/edit", StoryDeskSite.Form,
            new Dictionary<string, string>(Related(lines)) { ["act"] = "draft", ["Form.Headline"] = "A headline that must not be saved" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal(
        [
            "Line 1 (“no-such-story”): no story has this address.",
            "Line 2 (“monsoon-reaches-kerala-early”): that is this story itself.",
            $"Line 5 (“/news/{dams.Slug}”): the same story as line 3.",
            "Line 6 (“https://example.com/elsewhere/page”): no story has this address.",
        ], page.QuerySelectorAll(".related-errors li").Select(e => e.TextContent.Trim()));
        Assert.Equal(string.Join("\n", lines), ((IHtmlTextAreaElement)page.QuerySelector("textarea[name='Form.Related']")!).Value);
        Assert.Equal("A headline that must not be saved", ((IHtmlInputElement)page.QuerySelector("input[name='Form.Headline']")!).Value);
        Assert.Equal("Monsoon reaches Kerala early", (await _site.StoryAsync(id)).Headline);
        Assert.Empty(await LinksAsync(id));
    }

    [Fact]
    public async Task An_old_address_of_a_renamed_story_still_names_it()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early", "publish");
        var dams = await StoryDeskSite.WriteAsync(editor, "Dams open as rivers rise in Idukki", "publish");
        await StoryDeskSite.ActAsync(editor, dams, "publish", new() { ["Form.Slug"] = "idukki-dams-open" });

        var (status, _) = await StoryDeskSite.ActAsync(editor, id, "draft", Related("http://localhost/news/dams-open-as-rivers-rise-in-idukki"));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal([dams], await LinksAsync(id));
        var form = await editor.GetPageAsync($"/admin/stories/{id}/edit");
        Assert.Equal("idukki-dams-open", ((IHtmlTextAreaElement)form.QuerySelector("textarea[name='Form.Related']")!).Value);
    }

    [Fact]
    public async Task More_than_ten_related_stories_are_refused()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early", "publish");
        var slugs = new List<string>();
        for (var i = 1; i <= 11; i++)
        {
            slugs.Add((await TestStories.AddAsync(_site, $"Rain report number {i}")).Slug);
        }

        using var response = await editor.SubmitAsync($"/admin/stories/{id}/edit", StoryDeskSite.Form, new Dictionary<string, string>(Related([.. slugs])) { ["act"] = "draft" });

        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal(["At most 10 related stories: the list has 11."], page.QuerySelectorAll(".related-errors li").Select(e => e.TextContent.Trim()));
        Assert.Empty(await LinksAsync(id));

        var (status, _) = await StoryDeskSite.ActAsync(editor, id, "draft", Related([.. slugs.Take(10)]));
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(10, (await LinksAsync(id)).Count);
    }

    [Fact]
    public async Task An_author_curates_only_their_own_drafts_and_only_with_stories_they_may_see()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        using var author = await _site.SignInAsAsync(NewsroomRoles.Author);
        var published = await StoryDeskSite.WriteAsync(editor, "Dams open as rivers rise in Idukki", "publish");
        var editorsDraft = await StoryDeskSite.WriteAsync(editor, "Unannounced dam inspection");
        var mine = await StoryDeskSite.WriteAsync(author, "Fishermen warned off the Kerala coast");

        var (status, _) = await StoryDeskSite.ActAsync(author, mine, "draft", Related("dams-open-as-rivers-rise-in-idukki"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal([published], await LinksAsync(mine));

        using var refused = await author.SubmitAsync($"/admin/stories/{mine}/edit", StoryDeskSite.Form, new Dictionary<string, string>(Related("unannounced-dam-inspection")) { ["act"] = "draft" });
        Assert.Equal(["Line 1 (“unannounced-dam-inspection”): no story has this address."],
            (await HtmlForms.ParseAsync(refused)).QuerySelectorAll(".related-errors li").Select(e => e.TextContent.Trim()));

        // The author's own form, posted at the editor's story: the server refuses it.
        var form = (IHtmlFormElement)(await author.GetPageAsync($"/admin/stories/{mine}/edit")).QuerySelector(StoryDeskSite.Form)!;
        using var content = new FormUrlEncodedContent(HtmlForms.Fields(form, new Dictionary<string, string>(Related("dams-open-as-rivers-rise-in-idukki")) { ["act"] = "draft" }));
        using var theirs = await author.Client.PostAsync(new Uri($"/admin/stories/{editorsDraft}/edit", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.Empty(await LinksAsync(editorsDraft));
    }

    [Fact]
    public async Task An_author_keeps_the_links_an_editor_chose_for_their_story_though_they_may_not_find_them()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        using var author = await _site.SignInAsAsync(NewsroomRoles.Author);
        var editorsDraft = await StoryDeskSite.WriteAsync(editor, "Unannounced dam inspection");
        var pulled = await StoryDeskSite.WriteAsync(editor, "Dams open as rivers rise in Idukki", "publish");
        var mine = await StoryDeskSite.WriteAsync(author, "Fishermen warned off the Kerala coast");
        await StoryDeskSite.ActAsync(editor, mine, "draft", Related("unannounced-dam-inspection", "dams-open-as-rivers-rise-in-idukki"));
        // The second linked story goes back to draft: neither is one the author may find now.
        await StoryDeskSite.ActAsync(editor, pulled, "unpublish");

        var page = await author.GetPageAsync($"/admin/stories/{mine}/edit");
        Assert.Equal(["Unannounced dam inspection", "Dams open as rivers rise in Idukki"],
            page.QuerySelectorAll(".related-chosen .related-headline").Select(e => e.TextContent));
        var (status, _) = await StoryDeskSite.ActAsync(author, mine, "draft", new() { ["Form.Headline"] = "Fishermen told to stay ashore" });

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("Fishermen told to stay ashore", (await _site.StoryAsync(mine)).Headline);
        Assert.Equal([editorsDraft, pulled], await LinksAsync(mine));

        // Taken off, a link the author may not find cannot be put back by them.
        await StoryDeskSite.ActAsync(author, mine, "draft", Related("dams-open-as-rivers-rise-in-idukki"));
        Assert.Equal([pulled], await LinksAsync(mine));
        using var refused = await author.SubmitAsync($"/admin/stories/{mine}/edit", StoryDeskSite.Form, new Dictionary<string, string>(Related("unannounced-dam-inspection", "dams-open-as-rivers-rise-in-idukki")) { ["act"] = "draft" });
        Assert.Equal(["Line 1 (“unannounced-dam-inspection”): no story has this address."],
            (await HtmlForms.ParseAsync(refused)).QuerySelectorAll(".related-errors li").Select(e => e.TextContent.Trim()));
    }
}
