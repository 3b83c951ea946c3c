using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Core.Tests.Media;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;
using TestStories = NewsSite.Web.Tests.Stories;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>Revisions keep the curated related stories and the hero image: the diff page shows them, Restore brings them back.</summary>
public sealed class RevisionTests : IAsyncDisposable
{
    private readonly StoryDeskSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static UploadFile Png(int width, int height) => new("Form.HeroImage", "photo.png", "image/png", TestImages.Png(width, height));

    private static UploadFile Jpeg(int width, int height) => new("Form.HeroImage", "photo.jpg", "image/jpeg", TestImages.Jpeg(width, height));

    /// <summary>Saves the story's form as a draft with these related stories, alt text and (when given) a new image.</summary>
    private static async Task SaveAsync(NewsroomSession session, int id, string[] related, string? alt = null, UploadFile? image = null, string? headline = null, string? slug = null)
    {
        var values = new Dictionary<string, string> { ["act"] = "draft", ["Form.Related"] = string.Join("\n", related) };
        if (alt is not null)
        {
            values["Form.HeroImageAlt"] = alt;
        }

        if (headline is not null)
        {
            values["Form.Headline"] = headline;
        }

        if (slug is not null)
        {
            values["Form.Slug"] = slug;
        }

        using var response = await session.SubmitWithFilesAsync($"/admin/stories/{id}/edit", StoryDeskSite.Form, values, image is null ? [] : [image]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Saving story {id} answered {(int)response.StatusCode}: {(await HtmlForms.ParseAsync(response)).QuerySelector(".form-errors")?.TextContent.Trim()}");
    }

    private static async Task<string> RevisionUrlAsync(NewsroomSession session, int id, int fromNewest)
    {
        var rows = (await session.GetPageAsync($"/admin/stories/{id}/revisions")).QuerySelectorAll("tr[data-revision]");
        return $"/admin/stories/{id}/revisions/{rows[fromNewest].GetAttribute("data-revision")}";
    }

    private async Task<(List<int> Related, Article Story)> StoredAsync(int id)
    {
        List<int> related = [];
        await TestStories.WithStoreAsync(_site, async db => related = await db.RelatedLinks.Where(l => l.ArticleId == id).OrderBy(l => l.Position).Select(l => l.RelatedArticleId).ToListAsync());
        return (related, await _site.StoryAsync(id));
    }

    private static List<(string Kind, string Headline, string Change)> RelatedDiff(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".related-diff li").Select(li => (li.ClassName!, li.QuerySelector(".related-headline")!.TextContent, li.QuerySelector(".related-change")!.TextContent))];

    [Fact]
    public async Task The_diff_shows_how_the_related_list_and_the_hero_image_changed_even_after_a_related_story_is_deleted()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var dams = await TestStories.AddAsync(_site, "Dams open as rivers rise in Idukki");
        var fishermen = await TestStories.AddAsync(_site, "Fishermen warned off the Kerala coast");
        var camps = await TestStories.AddAsync(_site, "Relief camps open in Kochi");
        var schools = await TestStories.AddAsync(_site, "Schools closed across Ernakulam");
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early");
        await SaveAsync(editor, id, [dams.Slug, fishermen.Slug, camps.Slug], "Tea pickers in the rain", Png(40, 30));
        var first = (await _site.StoryAsync(id)).HeroImageUrl;
        await SaveAsync(editor, id, [camps.Slug, dams.Slug, schools.Slug], "Clouds over the hills", Jpeg(64, 48));
        var second = (await _site.StoryAsync(id)).HeroImageUrl;
        await TestStories.WithStoreAsync(_site, async db =>
        {
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == fishermen.Id));
            await db.SaveChangesAsync();
        });

        var list = (await editor.GetPageAsync($"/admin/stories/{id}/revisions")).QuerySelectorAll("tr[data-revision]");
        Assert.Contains("Hero image, Related", list[0].TextContent, StringComparison.Ordinal);
        var page = await editor.GetPageAsync(await RevisionUrlAsync(editor, id, fromNewest: 1));

        Assert.Equal(
        [
            ("diff-moved", camps.Headline, "(moved from 3 to 1)"),
            ("diff-same", dams.Headline, "(at 2)"),
            ("diff-removed", fishermen.Headline, "(only in this revision, at 2)"),
            ("diff-added", schools.Headline, "(only now, at 3)"),
        ], RelatedDiff(page));
        Assert.Equal("Changed since this revision.", page.QuerySelector(".hero-diff-summary")!.TextContent);
        var sides = page.QuerySelectorAll(".hero-side");
        Assert.Equal(["In this revision", "Now"], sides.Select(s => s.QuerySelector("h3")!.TextContent));
        var (then, now) = ((IHtmlImageElement)sides[0].QuerySelector("img.hero-thumb")!, (IHtmlImageElement)sides[1].QuerySelector("img.hero-thumb")!);
        Assert.Equal((first, "Tea pickers in the rain", "40", "30"), (then.GetAttribute("src"), then.AlternativeText, then.GetAttribute("width"), then.GetAttribute("height")));
        Assert.Equal((second, "Clouds over the hills"), (now.GetAttribute("src"), now.AlternativeText));
        Assert.Equal(["Tea pickers in the rain", "Clouds over the hills"], sides.Select(s => s.QuerySelector(".hero-alt")!.TextContent));
        Assert.Equal(["40 × 30", "64 × 48"], sides.Select(s => s.QuerySelector(".hero-size")!.TextContent));
    }

    [Fact]
    public async Task Restore_brings_back_the_older_related_list_and_hero_image_and_names_the_stories_it_left_out()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        using var author = await _site.SignInAsAsync(NewsroomRoles.Author);
        var dams = await TestStories.AddAsync(_site, "Dams open as rivers rise in Idukki");
        var fishermen = await TestStories.AddAsync(_site, "Fishermen warned off the Kerala coast");
        var camps = await TestStories.AddAsync(_site, "Relief camps open in Kochi");
        var schools = await TestStories.AddAsync(_site, "Schools closed across Ernakulam");
        var id = await StoryDeskSite.WriteAsync(author, "Monsoon reaches Kerala early");
        await SaveAsync(author, id, [fishermen.Slug, camps.Slug, dams.Slug], "Tea pickers in the rain", Png(40, 30));
        var older = await StoredAsync(id);
        await SaveAsync(author, id, [schools.Slug], "Clouds over the hills", Jpeg(64, 48), headline: "Monsoon arrives in Kerala");
        // Since then: one related story was deleted, another went back to being a draft, which an Author may not link.
        await TestStories.WithStoreAsync(_site, async db =>
        {
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == fishermen.Id));
            await db.SaveChangesAsync();
        });
        await TestStories.ChangeAsync(_site, camps.Slug, a => a.Status = ArticleStatus.Draft);

        var (status, location) = await author.PostFormAsync(await RevisionUrlAsync(author, id, fromNewest: 1), "form.restore-form");

        Assert.Equal((HttpStatusCode.Redirect, $"/admin/stories/{id}/edit"), (status, location?.OriginalString));
        var (related, story) = await StoredAsync(id);
        Assert.Equal([dams.Id], related);
        Assert.Equal("Monsoon reaches Kerala early", story.Headline);
        Assert.Equal(
            (older.Story.HeroImageUrl, "Tea pickers in the rain", 40, 30),
            (story.HeroImageUrl, story.HeroImageAlt, story.HeroImageWidth, story.HeroImageHeight));
        var notice = (await author.GetPageAsync($"/admin/stories/{id}/edit")).QuerySelector(".notice")!.TextContent;
        Assert.StartsWith("Restored the revision of ", notice, StringComparison.Ordinal);
        Assert.EndsWith($"Left out: related story “{fishermen.Headline}” (deleted since); related story “{camps.Headline}” (you may not link it).", notice, StringComparison.Ordinal);
        var newest = await author.GetPageAsync(await RevisionUrlAsync(author, id, fromNewest: 0));
        Assert.Equal([("diff-same", dams.Headline, "(at 1)")], RelatedDiff(newest));
        Assert.Equal("The same in this revision and now.", newest.QuerySelector(".hero-diff-summary")!.TextContent);
    }

    [Fact]
    public async Task Restoring_a_revision_without_an_image_takes_the_image_off_and_one_whose_file_is_gone_is_named()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early");
        await SaveAsync(editor, id, [], "Tea pickers in the rain", Png(40, 30));
        var withImage = await RevisionUrlAsync(editor, id, fromNewest: 0);
        await SaveAsync(editor, id, [], "Clouds over the hills", Jpeg(64, 48));

        await editor.PostFormAsync(await RevisionUrlAsync(editor, id, fromNewest: 2), "form.restore-form");
        Assert.Null((await _site.StoryAsync(id)).HeroImageUrl);

        var tea = Directory.GetFiles(Path.Combine(_site.DataFolder, "media"), "*.png").Single();
        File.Delete(tea);
        var page = await editor.GetPageAsync(withImage);
        Assert.Equal("The file is no longer in the media folder.", page.QuerySelector(".hero-side .hero-missing")!.TextContent);
        await editor.PostFormAsync(withImage, "form.restore-form");

        Assert.Null((await _site.StoryAsync(id)).HeroImageUrl);
        Assert.EndsWith("Left out: the hero image (its file is no longer in the media folder).", (await editor.GetPageAsync($"/admin/stories/{id}/edit")).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_restore_changes_neither_the_related_list_nor_the_image()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var dams = await TestStories.AddAsync(_site, "Dams open as rivers rise in Idukki");
        var schools = await TestStories.AddAsync(_site, "Schools closed across Ernakulam");
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early");
        await SaveAsync(editor, id, [dams.Slug], "Tea pickers in the rain", Png(40, 30));
        await SaveAsync(editor, id, [schools.Slug], "Clouds over the hills", Jpeg(64, 48), headline: "Monsoon arrives in Kerala", slug: "monsoon-arrives-in-kerala");
        var before = await StoredAsync(id);
        // The old slug now belongs to another story, so the restore is refused as a save with that slug would be.
        await TestStories.AddAsync(_site, "Monsoon reaches Kerala early");

        await editor.PostFormAsync(await RevisionUrlAsync(editor, id, fromNewest: 1), "form.restore-form");

        var after = await StoredAsync(id);
        Assert.Equal([schools.Id], after.Related);
        Assert.Equal((before.Story.HeroImageUrl, "Clouds over the hills"), (after.Story.HeroImageUrl, after.Story.HeroImageAlt));
        Assert.StartsWith("The revision could not be restored: Another story uses the slug", (await editor.GetPageAsync($"/admin/stories/{id}/edit")).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revision_saved_before_revisions_kept_them_says_so_and_restoring_it_leaves_the_links_and_image()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var dams = await TestStories.AddAsync(_site, "Dams open as rivers rise in Idukki");
        var id = await StoryDeskSite.WriteAsync(editor, "Monsoon reaches Kerala early", body: "Original body.");
        await SaveAsync(editor, id, [dams.Slug], "Tea pickers in the rain", Png(40, 30));
        // As the migration leaves revisions saved before it: nothing recorded.
        await TestStories.WithStoreAsync(_site, db => db.Revisions.Where(r => r.ArticleId == id).ExecuteUpdateAsync(r => r
            .SetProperty(x => x.Related, (List<RelatedAsSaved>?)null).SetProperty(x => x.HeroImageUrl, (string?)null)));
        var url = await RevisionUrlAsync(editor, id, fromNewest: 1);

        var page = await editor.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector(".not-kept"));
        Assert.Empty(page.QuerySelectorAll(".related-diff li, .hero-side"));

        await editor.PostFormAsync(url, "form.restore-form");
        var (related, story) = await StoredAsync(id);
        Assert.Equal([dams.Id], related);
        Assert.Equal("Tea pickers in the rain", story.HeroImageAlt);
        Assert.EndsWith("UTC.", (await editor.GetPageAsync($"/admin/stories/{id}/edit")).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }
}
