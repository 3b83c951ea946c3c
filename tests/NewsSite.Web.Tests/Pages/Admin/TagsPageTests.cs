using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

using TestStories = NewsSite.Web.Tests.Stories;

namespace NewsSite.Web.Tests.Pages.Admin;

public sealed class TagsPageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private async Task<int> TagIdAsync(string slug)
    {
        var id = 0;
        await TestStories.WithStoreAsync(_site, async db => id = await db.Tags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());
        return id;
    }

    [Fact]
    public async Task The_list_shows_each_tag_with_its_story_count()
    {
        await TestStories.AddAsync(_site, "Rain floods Kochi", tags: ["Monsoon"]);
        await TestStories.AddAsync(_site, "Rain floods Pune", tags: ["Monsoon"]);
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        var list = await editor.GetPageAsync("/admin/tags");

        Assert.Equal("2", list.QuerySelector("tr[data-tag='monsoon'] .tag-count")?.TextContent);
    }

    [Fact]
    public async Task Merging_moves_the_stories_to_the_kept_tag_and_the_merged_tag_page_is_gone()
    {
        var kochi = await TestStories.AddAsync(_site, "Rain floods Kochi", tags: ["Monsoon"]);
        var pune = await TestStories.AddAsync(_site, "Rain floods Pune", tags: ["Monsoon", "Rain"]);
        await TestStories.AddAsync(_site, "Drizzle in Delhi", tags: ["Rain"]);
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await _site.GetAsync("/tag/monsoon")).Status);

        var (merged, _) = await editor.PostFormAsync($"/admin/tags/{await TagIdAsync("monsoon")}", "form.merge-form", new Dictionary<string, string> { ["Target"] = "Rain" });

        Assert.Equal(HttpStatusCode.Redirect, merged);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/tag/monsoon")).Status);
        var rain = await _site.GetPageAsync("/tag/rain");
        foreach (var slug in new[] { kochi.Slug, pune.Slug })
        {
            Assert.NotNull(rain.QuerySelector($"main a[href='/news/{slug}']"));
        }

        Assert.Equal("3", (await editor.GetPageAsync("/admin/tags")).QuerySelector("tr[data-tag='rain'] .tag-count")?.TextContent);
    }

    [Fact]
    public async Task A_used_tag_is_not_deleted_and_a_renamed_one_moves_its_address()
    {
        await TestStories.AddAsync(_site, "Rain floods Kochi", tags: ["Monsoon"]);
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var page = $"/admin/tags/{await TagIdAsync("monsoon")}";

        using var refused = await editor.SubmitAsync(page, "form.delete-form");
        Assert.Equal(["Monsoon cannot be deleted: 1 story carries it. Merge it into another tag instead."], (await HtmlForms.ParseAsync(refused)).FormErrors());

        await editor.PostFormAsync(page, "form.rename-form", new Dictionary<string, string> { ["Name"] = "Monsoon 2026" });
        Assert.Equal(HttpStatusCode.OK, (await _site.GetAsync("/tag/monsoon-2026")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/tag/monsoon")).Status);
    }
}
