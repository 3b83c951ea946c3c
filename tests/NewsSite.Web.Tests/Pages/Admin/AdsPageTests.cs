using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.Ads;
using NewsSite.Newsroom;
using NewsSite.Sections;
using NewsSite.Web.Tests.Newsroom;

using TestStories = NewsSite.Web.Tests.Stories;

namespace NewsSite.Web.Tests.Pages.Admin;

public sealed class AdsPageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static Dictionary<string, string> Image(string name, string? section = null) => new()
    {
        ["Form.Slot"] = LayoutAdSlots.SidebarBottom,
        ["Form.Name"] = name,
        ["Form.ImageUrl"] = $"/ads/{name}.png",
        ["Form.LinkUrl"] = "https://advertiser.example/",
        ["Form.AltText"] = name + " offer",
        ["Form.SectionId"] = section ?? "",
    };

    private async Task<string> SectionIdAsync(string slug)
    {
        var id = 0;
        await TestStories.WithStoreAsync(_site, async db => id = await db.Sections.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync());
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<int> CreativeCountAsync()
    {
        var count = 0;
        await TestStories.WithStoreAsync(_site, async db => count = await db.AdCreatives.CountAsync());
        return count;
    }

    [Fact]
    public async Task The_list_shows_every_slot_of_the_layout_with_its_sizes()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        var list = await editor.GetPageAsync("/admin/ads");

        Assert.Equal(LayoutAdSlots.All.Select(s => s.Name), list.QuerySelectorAll("[data-slot]").Select(s => s.GetAttribute("data-slot")));
        Assert.Contains("Desktop 300×600", list.QuerySelector($"[data-slot='{LayoutAdSlots.SidebarBottom}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_creative_targeted_to_a_section_shows_on_that_sections_article_pages()
    {
        var india = await TestStories.AddAsync(_site, "Rain floods Kochi", section: StandardSections.India);
        var world = await TestStories.AddAsync(_site, "Rain floods Lisbon", section: StandardSections.World);
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        var (saved, _) = await editor.PostFormAsync("/admin/ads/edit", "form.creative-form", Image("umbrella", await SectionIdAsync(StandardSections.India)));

        Assert.Equal(HttpStatusCode.Redirect, saved);
        var slot = $"[data-ad-slot='{LayoutAdSlots.SidebarBottom}']";
        var image = (await _site.GetPageAsync("/news/" + india.Slug)).QuerySelector($"{slot} img");
        Assert.Equal(("/ads/umbrella.png", "umbrella offer"), (image?.GetAttribute("src"), image?.GetAttribute("alt")));
        Assert.Null((await _site.GetPageAsync("/news/" + world.Slug)).QuerySelector($"{slot} img"));
        var edit = (await editor.GetPageAsync("/admin/ads")).QuerySelector("tr[data-creative='umbrella'] a")!.GetAttribute("href")!;
        Assert.Equal("/ads/umbrella.png", (await editor.GetPageAsync(edit)).QuerySelector($".ad-preview {slot} img")?.GetAttribute("src"));
    }

    [Fact]
    public async Task An_Editor_cannot_set_an_HTML_snippet_but_an_Admin_can()
    {
        var snippet = new Dictionary<string, string> { ["Form.Slot"] = LayoutAdSlots.TopBanner, ["Form.Name"] = "partner", ["Form.HtmlSnippet"] = "<b>Partner</b>" };
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);

        using var refused = await editor.SubmitAsync("/admin/ads/edit", "form.creative-form", snippet);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Only Admins may set an HTML snippet: use an image instead.", (await HtmlForms.ParseAsync(refused)).FieldError("Form.HtmlSnippet"));
        Assert.Equal(0, await CreativeCountAsync());

        var (saved, _) = await admin.PostFormAsync("/admin/ads/edit", "form.creative-form", snippet);

        Assert.Equal(HttpStatusCode.Redirect, saved);
        Assert.Equal("Partner", (await _site.GetPageAsync("/")).QuerySelector($"[data-ad-slot='{LayoutAdSlots.TopBanner}'] b")?.TextContent);
        var id = 0;
        await TestStories.WithStoreAsync(_site, async db => id = await db.AdCreatives.Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/ads/edit/{id}")).Status);
        Assert.Equal("Partner", (await admin.GetPageAsync($"/admin/ads/edit/{id}")).QuerySelector($".ad-preview [data-ad-slot='{LayoutAdSlots.TopBanner}'] b")?.TextContent);
    }

    [Fact]
    public async Task A_creative_without_alt_text_or_with_an_unsafe_link_and_dates_backwards_comes_back_with_the_input_kept()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var fields = Image("umbrella");
        fields["Form.AltText"] = "";
        fields["Form.LinkUrl"] = "javascript:alert(1)";
        fields["Form.StartsAt"] = "2026-12-10T10:00";
        fields["Form.EndsAt"] = "2026-12-01T10:00";

        using var refused = await editor.SubmitAsync("/admin/ads/edit", "form.creative-form", fields);

        var form = await HtmlForms.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(form.FieldError("Form.AltText"));
        Assert.Equal("The link must start with http:// or https://.", form.FieldError("Form.LinkUrl"));
        Assert.Equal("The end must come after the start.", form.FieldError("Form.EndsAt"));
        Assert.Equal("/ads/umbrella.png", form.QuerySelector<IHtmlInputElement>("input[name='Form.ImageUrl']")!.Value);
        Assert.Equal(0, await CreativeCountAsync());
    }

    [Fact]
    public async Task Start_and_end_are_read_in_the_site_time_zone_and_stored_as_UTC()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var fields = Image("umbrella");
        fields["Form.StartsAt"] = "2026-12-01T05:30";

        await editor.PostFormAsync("/admin/ads/edit", "form.creative-form", fields);

        DateTime? starts = null;
        await TestStories.WithStoreAsync(_site, async db => starts = await db.AdCreatives.Select(c => c.StartsAt).SingleAsync());
        Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0), starts);
    }
}
