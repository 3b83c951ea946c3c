using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Ads;
using NewsSite.Newsroom;
using NewsSite.Sections;
using NewsSite.Tags;
using NewsSite.Web.Tests.Newsroom;

using TestStories = NewsSite.Web.Tests.Stories;

namespace NewsSite.Web.Tests.Pages.Admin;

/// <summary>
/// What an Admin reads at /admin/audit after an editor manages the site: who did it, the action, what it was done to and
/// the details, for every change, and nothing for a change the site refused or a dry run.
/// </summary>
public sealed class SiteManagementAuditTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private sealed record Entry(string Who, string Action, string Target, string Details);

    /// <summary>The log as an Admin reads it, oldest first, without the sign-ins the test itself makes.</summary>
    private async Task<IReadOnlyList<Entry>> LogAsync()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        var page = await admin.GetPageAsync("/admin/audit");
        return page.QuerySelectorAll("table.audit tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Select(cells => new Entry(cells[1], cells[2], cells[3], cells[4]))
            .Where(e => e.Action is not (AuditActions.SignedIn or AuditActions.FirstAdminCreated))
            .Reverse()
            .ToList();
    }

    private async Task<string> IdAsync<T>(Func<Store.NewsSiteDb, IQueryable<T>> rows, Func<T, int> id)
    {
        var found = 0;
        await TestStories.WithStoreAsync(_site, async db => found = id(await rows(db).SingleAsync()));
        return found.ToString(CultureInfo.InvariantCulture);
    }

    private Task<string> TagIdAsync(string slug) => IdAsync(db => db.Tags.Where(t => t.Slug == slug), t => t.Id);

    private Task<string> SectionIdAsync(string slug) => IdAsync(db => db.Sections.Where(s => s.Slug == slug), s => s.Id);

    [Fact]
    public async Task Renaming_merging_and_deleting_tags_are_logged_with_the_editor_and_the_tags()
    {
        await TestStories.AddAsync(_site, "Rain floods Kochi", tags: ["Monsoon"]);
        await TestStories.AddAsync(_site, "Drizzle in Delhi", tags: ["Drizzle"]);
        await TestStories.AddAsync(_site, "Rain floods Pune", tags: ["Rain"]);
        await TestStories.WithStoreAsync(_site, db =>
        {
            db.Tags.Add(new Tag { Name = "Hailstorm", Slug = "hailstorm" });
            return db.SaveChangesAsync();
        });
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        await editor.PostFormAsync($"/admin/tags/{await TagIdAsync("rain")}", "form.delete-form");
        await editor.PostFormAsync($"/admin/tags/{await TagIdAsync("monsoon")}", "form.rename-form", new Dictionary<string, string> { ["Name"] = "Monsoon 2026" });
        await editor.PostFormAsync($"/admin/tags/{await TagIdAsync("drizzle")}", "form.merge-form", new Dictionary<string, string> { ["Target"] = "Rain" });
        await editor.PostFormAsync($"/admin/tags/{await TagIdAsync("hailstorm")}", "form.delete-form");

        var who = editor.User.Email!;
        Assert.Equal(
            [
                new Entry(who, AuditActions.TagRenamed, "monsoon-2026", "Monsoon → Monsoon 2026"),
                new Entry(who, AuditActions.TagsMerged, "rain", "drizzle merged, 1 story gained the tag"),
                new Entry(who, AuditActions.TagDeleted, "hailstorm", "Hailstorm"),
            ],
            await LogAsync());
    }

    [Fact]
    public async Task Every_section_change_is_logged_with_the_editor_and_the_section()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        await editor.PostFormAsync("/admin/sections/edit", "form.section-form", new Dictionary<string, string> { ["Form.Name"] = "Science" });
        var science = $"/admin/sections/edit/{await SectionIdAsync("science")}";
        await editor.PostFormAsync(science, "form.section-form", new Dictionary<string, string> { ["Form.Name"] = "Science and Tech" });
        await editor.PostFormAsync("/admin/sections", $"tr[data-section='{StandardSections.World}'] form.move-form", new Dictionary<string, string> { ["direction"] = "up" });
        await TestStories.AddAsync(_site, "Comet seen over Pune", section: "science");
        await editor.PostFormAsync(science, "form.delete-form");
        await editor.PostFormAsync(science, "form.move-articles-form", new Dictionary<string, string> { ["targetId"] = await SectionIdAsync(StandardSections.World) });
        await editor.PostFormAsync(science, "form.delete-form");

        var who = editor.User.Email!;
        Assert.Equal(
            [
                new Entry(who, AuditActions.SectionCreated, "science", "Science"),
                new Entry(who, AuditActions.SectionChanged, "science", "Science (science) → Science and Tech (science)"),
                new Entry(who, AuditActions.SectionMoved, StandardSections.World, "to position 1"),
                new Entry(who, AuditActions.SectionArticlesMoved, "science", "1 story to world"),
                new Entry(who, AuditActions.SectionDeleted, "science", "Science and Tech"),
            ],
            await LogAsync());
    }

    [Fact]
    public async Task Creating_disabling_and_enabling_a_creative_are_logged_with_its_state()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var creative = new Dictionary<string, string>
        {
            ["Form.Slot"] = LayoutAdSlots.SidebarBottom,
            ["Form.Name"] = "umbrella",
            ["Form.ImageUrl"] = "/ads/umbrella.png",
            ["Form.LinkUrl"] = "https://advertiser.example/",
            ["Form.AltText"] = "Umbrellas at half price",
        };

        await editor.PostFormAsync("/admin/ads/edit", "form.creative-form", creative);
        var edit = $"/admin/ads/edit/{await IdAsync(db => db.AdCreatives, c => c.Id)}";
        await editor.PostFormAsync(edit, "form.creative-form", new Dictionary<string, string> { ["Form.IsEnabled"] = "false" });
        await editor.PostFormAsync(edit, "form.creative-form", new Dictionary<string, string> { ["Form.IsEnabled"] = "true" });

        var who = editor.User.Email!;
        Assert.Equal(
            [
                new Entry(who, AuditActions.AdCreativeCreated, "umbrella", "sidebar-bottom, image, enabled"),
                new Entry(who, AuditActions.AdCreativeChanged, "umbrella", "sidebar-bottom, image, disabled"),
                new Entry(who, AuditActions.AdCreativeChanged, "umbrella", "sidebar-bottom, image, enabled"),
            ],
            await LogAsync());
    }

    [Fact]
    public async Task Each_imported_seed_page_is_logged_with_its_stories_and_nothing_for_a_dry_run_a_rejection_or_no_change()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        await ImportPageTests.UploadAsync(editor, dryRun: true, ImportPageTests.File("kochi.txt", ImportPageTests.Kochi));
        await ImportPageTests.UploadAsync(editor, dryRun: false, ImportPageTests.File("kochi.txt", ImportPageTests.Kochi), ImportPageTests.File("empty.txt", "spot_img\n"));
        await ImportPageTests.UploadAsync(editor, dryRun: false, ImportPageTests.File("kochi-again.txt", ImportPageTests.Kochi));

        Assert.Equal([new Entry(editor.User.Email!, AuditActions.SeedFileImported, "kochi.txt", "floods-in-kochi")], await LogAsync());
    }
}
