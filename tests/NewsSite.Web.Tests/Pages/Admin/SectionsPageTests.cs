using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Sections;
using NewsSite.Web.Tests.Newsroom;

using TestStories = NewsSite.Web.Tests.Stories;

namespace NewsSite.Web.Tests.Pages.Admin;

public sealed class SectionsPageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private async Task<IReadOnlyList<string>> ReaderNavigationAsync() =>
        (await _site.GetPageAsync("/")).QuerySelectorAll(".sections-nav a").Select(a => $"{a.TextContent} {a.GetAttribute("href")}").ToList();

    private async Task<int> SectionIdAsync(string slug)
    {
        var id = 0;
        await TestStories.WithStoreAsync(_site, async db => id = await db.Sections.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync());
        return id;
    }

    [Fact]
    public async Task A_new_section_and_its_new_name_show_in_the_reader_navigation_at_once()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        Assert.DoesNotContain("Science /section/science", await ReaderNavigationAsync());

        var (created, _) = await editor.PostFormAsync("/admin/sections/edit", "form.section-form", new Dictionary<string, string> { ["Form.Name"] = "Science" });

        Assert.Equal(HttpStatusCode.Redirect, created);
        Assert.Equal("Science /section/science", (await ReaderNavigationAsync())[^1]);

        var id = await SectionIdAsync("science");
        await editor.PostFormAsync($"/admin/sections/edit/{id}", "form.section-form", new Dictionary<string, string> { ["Form.Name"] = "Science and Tech", ["Form.Position"] = "1" });

        var navigation = await ReaderNavigationAsync();
        Assert.Equal("Science and Tech /section/science", navigation[1]);
        Assert.DoesNotContain("Science /section/science", navigation);
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        var actions = (await admin.GetPageAsync("/admin/audit")).QuerySelectorAll(".audit-action").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(AuditActions.SectionCreated, actions);
        Assert.Contains(AuditActions.SectionChanged, actions);
    }

    [Fact]
    public async Task A_taken_address_comes_back_on_the_form_with_the_input_kept()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        using var refused = await editor.SubmitAsync("/admin/sections/edit", "form.section-form",
            new Dictionary<string, string> { ["Form.Name"] = "More India", ["Form.Slug"] = StandardSections.India });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await HtmlForms.ParseAsync(refused);
        Assert.Equal("Another section already has the address /section/india.", form.FieldError("Form.Slug"));
        Assert.Equal("More India", form.QuerySelector<IHtmlInputElement>("input[name='Form.Name']")!.Value);
    }

    [Fact]
    public async Task A_used_section_is_deleted_only_after_its_stories_move_to_another()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        await editor.PostFormAsync("/admin/sections/edit", "form.section-form", new Dictionary<string, string> { ["Form.Name"] = "Science" });
        var id = await SectionIdAsync("science");
        var story = await TestStories.AddAsync(_site, "Comet seen over Pune", section: "science");
        var page = $"/admin/sections/edit/{id}";

        using var refused = await editor.SubmitAsync(page, "form.delete-form");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusal = await HtmlForms.ParseAsync(refused);
        Assert.Equal("Science cannot be deleted: 1 story uses it. Move them to another section first.", refusal.QuerySelector(".delete-error")?.TextContent);
        Assert.Equal("Move its story to", refusal.QuerySelector("form.move-articles-form label")?.TextContent);

        var world = await SectionIdAsync(StandardSections.World);
        await editor.PostFormAsync(page, "form.move-articles-form", new Dictionary<string, string> { ["targetId"] = world.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var (deleted, _) = await editor.PostFormAsync(page, "form.delete-form");

        Assert.Equal(HttpStatusCode.Redirect, deleted);
        Assert.DoesNotContain("Science /section/science", await ReaderNavigationAsync());
        var article = await _site.GetPageAsync("/news/" + story.Slug);
        Assert.Equal("/section/world", article.QuerySelector(".kicker a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Moving_a_section_up_reorders_the_navigation()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        await editor.PostFormAsync("/admin/sections", $"tr[data-section='{StandardSections.World}'] form.move-form", new Dictionary<string, string> { ["direction"] = "up" });

        var navigation = await ReaderNavigationAsync();
        Assert.Equal(["World /section/world", "India /section/india"], navigation.Skip(1).Take(2));
    }
}
