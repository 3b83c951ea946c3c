using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NewsSite.Core.Tests.Media;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>The story form's hero image: upload, checks by bytes and size, alt text, replace, remove, and how /media serves it.</summary>
public sealed class HeroImageTests : IAsyncDisposable
{
    private const int MaxUploadBytes = 4096;
    private readonly HeroImageSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static UploadFile Png(byte[] bytes, string fileName = "monsoon.png") => new("Form.HeroImage", fileName, "image/png", bytes);

    private static async Task<(HttpStatusCode Status, IHtmlDocument Page, Uri? Location)> SaveAsync(
        NewsroomSession session, string url, Dictionary<string, string> values, params UploadFile[] files)
    {
        using var response = await session.SubmitWithFilesAsync(url, StoryDeskSite.Form, values, files);
        return (response.StatusCode, await HtmlForms.ParseAsync(response), response.Headers.Location);
    }

    private static Dictionary<string, string> Story(string headline, string act, string? alt) =>
        new(StoryDeskSite.Fields(headline, act)) { ["Form.HeroImageAlt"] = alt ?? "" };

    [Fact]
    public async Task An_uploaded_png_shows_on_the_reader_page_with_its_alt_and_size_and_is_served_for_a_year()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var png = TestImages.Png(48, 27);

        var (status, _, _) = await SaveAsync(editor, "/admin/stories/new", Story("Rain lashes Kochi", "publish", "Flooded street in Kochi"), Png(png));

        Assert.Equal(HttpStatusCode.Redirect, status);
        var img = (await _site.GetPageAsync("/news/rain-lashes-kochi")).QuerySelector("figure.hero img")!;
        Assert.Equal(("Flooded street in Kochi", "48", "27"), (img.GetAttribute("alt"), img.GetAttribute("width"), img.GetAttribute("height")));
        var src = img.GetAttribute("src")!;
        Assert.Matches("^/media/[0-9a-f]{64}\\.png$", src);

        using var client = _site.CreateClient();
        using var media = await client.GetAsync(new Uri(src, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("image/png", media.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", media.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", media.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(png, await media.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_text_file_named_png_is_refused_and_the_rest_of_the_form_is_kept()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var text = "This is not a picture of anything."u8.ToArray();

        var (status, page, _) = await SaveAsync(editor, "/admin/stories/new", Story("Kochi metro extends", "draft", "A train"), Png(text, "train.png"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("The file is not a JPEG, PNG, WebP or GIF image.", page.FieldError("Form.HeroImage"));
        Assert.Equal("Kochi metro extends", (page.QuerySelector("input[name='Form.Headline']") as IHtmlInputElement)!.Value);
        Assert.Equal("A train", (page.QuerySelector("input[name='Form.HeroImageAlt']") as IHtmlInputElement)!.Value);
        Assert.Equal("First paragraph.", (page.QuerySelector("textarea[name='Form.Body']") as IHtmlTextAreaElement)!.Value);
    }

    [Fact]
    public async Task A_file_over_the_configured_size_is_refused()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var large = TestImages.Png(1500, 1500);
        Assert.True(large.Length > MaxUploadBytes, $"The test image is {large.Length} bytes.");

        var (status, page, _) = await SaveAsync(editor, "/admin/stories/new", Story("Large photo", "draft", "A wide view"), Png(large));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("the most an upload may be is", page.FieldError("Form.HeroImage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_without_alt_text_comes_back_kept_and_saves_once_the_alt_is_given()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        var (status, page, _) = await SaveAsync(editor, "/admin/stories/new", Story("Boat race in Alappuzha", "draft", alt: null), Png(TestImages.Png(40, 30)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Describe the hero image", page.FieldError("Form.HeroImageAlt"), StringComparison.Ordinal);
        Assert.Equal("Boat race in Alappuzha", (page.QuerySelector("input[name='Form.Headline']") as IHtmlInputElement)!.Value);
        Assert.NotNull(page.QuerySelector(".hero-kept"));

        using var saved = await editor.PostWithFilesAsync(page, "/admin/stories/new", StoryDeskSite.Form, new Dictionary<string, string> { ["Form.HeroImageAlt"] = "Snake boats on the backwaters", ["act"] = "draft" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var story = await _site.StoryAsync("boat-race-in-alappuzha");
        Assert.Equal(("Snake boats on the backwaters", 40, 30), (story.HeroImageAlt, story.HeroImageWidth, story.HeroImageHeight));
        Assert.Matches("^/media/[0-9a-f]{64}\\.png$", story.HeroImageUrl);
    }

    [Fact]
    public async Task A_new_image_replaces_the_old_one_and_remove_takes_it_off()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var (_, _, location) = await SaveAsync(editor, "/admin/stories/new", Story("Tea harvest in Munnar", "draft", "Tea pickers"), Png(TestImages.Png(40, 30)));
        var url = location!.OriginalString;
        var first = (await _site.StoryAsync("tea-harvest-in-munnar")).HeroImageUrl;

        var jpeg = new UploadFile("Form.HeroImage", "hills.jpg", "image/jpeg", TestImages.Jpeg(64, 48));
        var (replaced, _, _) = await SaveAsync(editor, url, new() { ["act"] = "draft", ["Form.HeroImageAlt"] = "Tea gardens on the hills" }, jpeg);
        var second = await _site.StoryAsync("tea-harvest-in-munnar");

        Assert.Equal(HttpStatusCode.Redirect, replaced);
        Assert.NotEqual(first, second.HeroImageUrl);
        Assert.EndsWith(".jpg", second.HeroImageUrl, StringComparison.Ordinal);
        Assert.Equal(("Tea gardens on the hills", 64, 48), (second.HeroImageAlt, second.HeroImageWidth, second.HeroImageHeight));

        var (removed, _, _) = await SaveAsync(editor, url, new() { ["act"] = "draft", ["Form.RemoveHeroImage"] = "true" });
        var third = await _site.StoryAsync("tea-harvest-in-munnar");

        Assert.Equal(HttpStatusCode.Redirect, removed);
        Assert.Equal((null, null, null, null), (third.HeroImageUrl, third.HeroImageAlt, third.HeroImageWidth, third.HeroImageHeight));
    }

    [Fact]
    public async Task The_same_image_uploaded_twice_is_one_file()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var png = TestImages.Png(30, 20);

        await SaveAsync(editor, "/admin/stories/new", Story("First story", "draft", "A picture"), Png(png));
        await SaveAsync(editor, "/admin/stories/new", Story("Second story", "draft", "The same picture"), Png(png, "copy.png"));

        Assert.Equal((await _site.StoryAsync("first-story")).HeroImageUrl, (await _site.StoryAsync("second-story")).HeroImageUrl);
        Assert.Single(Directory.GetFiles(Path.Combine(_site.DataFolder, "media")));
    }

    [Theory]
    [InlineData("/media/..%2Fstore.db")]
    [InlineData("/media/..%2F..%2Fappsettings.json")]
    [InlineData("/media/%2E%2E%2Fstore.db")]
    [InlineData("/media/store.db")]
    [InlineData("/media/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.png")]
    [InlineData("/media/")]
    public async Task Anything_but_a_stored_image_is_not_found(string url)
    {
        var (status, _) = await _site.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private sealed class HeroImageSite : NewsSiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Media:MaxUploadBytes", $"{MaxUploadBytes}");
        }

        public async Task<NewsSite.Articles.Article> StoryAsync(string slug)
        {
            NewsSite.Articles.Article? story = null;
            await NewsSite.Web.Tests.Stories.WithStoreAsync(this, async db => story = await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == slug));
            return story!;
        }
    }
}
