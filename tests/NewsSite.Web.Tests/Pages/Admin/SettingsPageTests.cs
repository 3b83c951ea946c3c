using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Feeds;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin;

/// <summary>
/// /admin/settings: Admins only; a save reaches cached reader pages at once (the output cache is on, as in production)
/// and is written to the audit log; bad input comes back on the form.
/// </summary>
public sealed class SettingsPageTests : IAsyncDisposable
{
    private const string Url = "/admin/settings";
    private const string Form = "form.site-settings";

    // A stopped clock (December 15, 2024, 06:00 UTC) so the masthead's date depends on the time zone alone.
    private readonly FeedsSiteFactory _site = new(("Site:AdsTxt:0", "google.com, pub-0000000000000001, DIRECT, f08c47fec0942fa0"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static async Task<(HttpStatusCode Status, IHtmlDocument Page)> SaveAsync(NewsroomSession admin, Dictionary<string, string> values)
    {
        using var response = await admin.SubmitAsync(Url, Form, values);
        return (response.StatusCode, await HtmlForms.ParseAsync(response));
    }

    [Fact]
    public async Task Editors_get_403_and_anonymous_readers_are_sent_to_sign_in()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        using var anonymous = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Url)).Status);
        using var response = await anonymous.GetAsync(new Uri(Url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_starts_from_configuration()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);

        var page = await admin.GetPageAsync(Url);

        Assert.Equal("NewsSite", Field(page, "Form.Name"));
        Assert.Equal("Asia/Kolkata", Field(page, "Form.TimeZone"));
        Assert.Equal("4", Field(page, "Form.RelatedCount"));
        Assert.Equal("google.com, pub-0000000000000001, DIRECT, f08c47fec0942fa0", Field(page, "Form.AdsTxt"));
    }

    [Fact]
    public async Task A_new_name_and_time_zone_reach_the_cached_front_page_at_once_and_are_audited()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        var before = await _site.GetPageAsync("/");
        Assert.Equal("NewsSite", before.QuerySelector(".site-name")?.TextContent);
        Assert.Equal("2024-12-15", before.QuerySelector(".today time")?.GetAttribute("datetime"));

        var (status, _) = await SaveAsync(admin, new() { ["Form.Name"] = "The Kerala Chronicle", ["Form.TimeZone"] = "America/Los_Angeles" });

        Assert.Equal(HttpStatusCode.Redirect, status);
        var after = await _site.GetPageAsync("/");
        Assert.Equal("The Kerala Chronicle", after.QuerySelector(".site-name")?.TextContent);
        Assert.Equal("2024-12-14", after.QuerySelector(".today time")?.GetAttribute("datetime"));
        Assert.Equal("The Kerala Chronicle", (await _site.GetFeedAsync("/feed.rss")).Title.Text);
        var entry = await LastAuditEntryAsync();
        Assert.Equal((AuditActions.SiteSettingsChanged, admin.User.Email), (entry.Action, entry.UserEmail));
        Assert.Equal("Name: 'NewsSite' → 'The Kerala Chronicle'; Time zone: 'Asia/Kolkata' → 'America/Los_Angeles'", entry.Details);
        Assert.Contains("Saved.", (await admin.GetPageAsync(Url)).QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ads_txt_serves_the_saved_lines()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        Assert.StartsWith("google.com", (await _site.GetTextAsync("/ads.txt")).Body, StringComparison.Ordinal);

        var (status, _) = await SaveAsync(admin, new() { ["Form.AdsTxt"] = "# Our sellers\r\nexample-exchange.com, 12345, RESELLER\r\nCONTACT=adops@example.com\r\n" });

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("# Our sellers\nexample-exchange.com, 12345, RESELLER\nCONTACT=adops@example.com\n", (await _site.GetTextAsync("/ads.txt")).Body);
        Assert.Contains("added 'example-exchange.com, 12345, RESELLER'", (await LastAuditEntryAsync()).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_related_count_sets_the_number_of_related_links()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        var article = "/news/" + NewsSite.Web.Tests.Stories.SeedSlug;
        Assert.Equal(4, (await _site.GetPageAsync(article)).QuerySelectorAll("aside.related li").Length);

        var (status, _) = await SaveAsync(admin, new() { ["Form.RelatedCount"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(2, (await _site.GetPageAsync(article)).QuerySelectorAll("aside.related li").Length);
    }

    [Fact]
    public async Task A_bad_time_zone_and_bad_ads_txt_lines_come_back_with_the_input_kept()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        const string adsTxt = "google.com, pub-1, DIRECT\nnot a record\nexample.com, 7, BOTH";

        var (status, page) = await SaveAsync(admin, new()
        {
            ["Form.Name"] = "The Kerala Chronicle",
            ["Form.TimeZone"] = "Kerala/Kochi",
            ["Form.RelatedCount"] = "11",
            ["Form.AdsTxt"] = adsTxt,
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("'Kerala/Kochi' is not an IANA time zone", page.FieldError("Form.TimeZone"), StringComparison.Ordinal);
        Assert.Equal("Show between 1 and 10 related articles.", page.FieldError("Form.RelatedCount"));
        Assert.Equal(
            ["Line 2: expected 'domain, publisher-id, DIRECT or RESELLER[, certification-id]', found 1 field.", "Line 3: the account type must be DIRECT or RESELLER, not 'BOTH'."],
            page.QuerySelectorAll(".ads-txt-errors li").Select(li => li.TextContent));
        Assert.Equal(("The Kerala Chronicle", "Kerala/Kochi", "11", adsTxt), (Field(page, "Form.Name"), Field(page, "Form.TimeZone"), Field(page, "Form.RelatedCount"), Field(page, "Form.AdsTxt")));
        Assert.Equal("NewsSite", (await _site.GetPageAsync("/")).QuerySelector(".site-name")?.TextContent);
    }

    [Fact]
    public async Task A_windows_time_zone_name_is_refused()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);

        var (status, page) = await SaveAsync(admin, new() { ["Form.TimeZone"] = "India Standard Time" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.FieldError("Form.TimeZone"));
    }

    [Fact]
    public async Task The_in_article_ad_moves_to_the_chosen_top_level_paragraph_never_into_a_quote_or_list()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        const string body = "> A quoted first line.\n>\n> A quoted second line.\n\nOne.\n\n- loose item\n\n- another item\n\nTwo.\n\nThree.\n\nFour.";
        var story = await NewsSite.Web.Tests.Stories.AddAsync(_site, "Ferry services resume on the Vembanad lake", publishedAt: new DateTime(2024, 12, 14, 9, 0, 0, DateTimeKind.Utc), body: body);

        Assert.Equal("Three.", await ParagraphBeforeAdAsync(story.Slug));
        var (status, _) = await SaveAsync(admin, new() { ["Form.InArticleAdAfterParagraph"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, status);

        Assert.Equal("One.", await ParagraphBeforeAdAsync(story.Slug));
    }

    // The ad sits between the body's top-level paragraphs: the text of the one right before it.
    private async Task<string?> ParagraphBeforeAdAsync(string slug)
    {
        var page = await _site.GetPageAsync("/news/" + slug);
        var ad = page.QuerySelector("[data-ad-slot='in-article']")!;
        Assert.True(ad.ParentElement!.ClassList.Contains("story-body"), "the ad is a child of the story body, not of an element in it");
        return ad.PreviousElementSibling?.TextContent;
    }

    private static string? Field(IHtmlDocument page, string name) => page.QuerySelector($"[name='{name}']") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement text => text.Value,
        _ => null,
    };

    private async Task<AuditEntry> LastAuditEntryAsync()
    {
        AuditEntry? entry = null;
        await NewsSite.Web.Tests.Stories.WithStoreAsync(_site, async db => entry = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync());
        return entry!;
    }
}
