using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.Core.Tests.Media;
using NewsSite.Media;
using NewsSite.Newsroom;
using NewsSite.Web.Media;
using NewsSite.Web.Tests.Newsroom;
using NewsSite.Web.Tests.Pages.Admin.Stories;

namespace NewsSite.Web.Tests.Media;

/// <summary>Uploads nothing uses are deleted once old; anything a story or a revision shows, or that is young, stays.</summary>
public sealed class MediaSweeperTests : IAsyncDisposable
{
    private readonly SweptSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private string MediaPath(string name) => Path.Combine(_site.DataFolder, "media", name);

    private static async Task SaveImageAsync(NewsroomSession session, int id, string alt, UploadFile image)
    {
        using var response = await session.SubmitWithFilesAsync($"/admin/stories/{id}/edit", StoryDeskSite.Form, new Dictionary<string, string> { ["act"] = "draft", ["Form.HeroImageAlt"] = alt }, image);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task An_old_unused_upload_is_deleted_and_young_ones_and_those_a_story_or_a_revision_shows_stay()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var id = await StoryDeskSite.WriteAsync(editor, "Tea harvest in Munnar");
        await SaveImageAsync(editor, id, "Tea pickers", new("Form.HeroImage", "tea.png", "image/png", TestImages.Png(40, 30)));
        var onlyInRevision = OrphanedMedia.NameIn((await _site.StoryAsync(id)).HeroImageUrl!);
        await SaveImageAsync(editor, id, "The hills", new("Form.HeroImage", "hills.jpg", "image/jpeg", TestImages.Jpeg(64, 48)));
        var onStory = OrphanedMedia.NameIn((await _site.StoryAsync(id)).HeroImageUrl!);
        // Uploads whose posts never saved: one two days old, one from just now (its retry may still come).
        var folder = _site.Services.GetRequiredService<MediaLibrary>().Folder;
        var orphan = await folder.SaveAsync(TestImages.Gif(), ImageFormat.Gif);
        var young = await folder.SaveAsync(TestImages.Png(10, 10), ImageFormat.Png);
        var twoDaysAgo = _site.Clock.GetUtcNow().UtcDateTime.AddDays(-2);
        foreach (var old in new[] { onlyInRevision, onStory, orphan })
        {
            File.SetLastWriteTimeUtc(MediaPath(old), twoDaysAgo);
        }

        // Old files that are not uploads: one in the media folder that is not a media name, one outside the folder.
        var notes = MediaPath("notes.txt");
        var outside = Path.Combine(_site.DataFolder, new string('0', 64) + ".png");
        foreach (var file in new[] { notes, outside })
        {
            await File.WriteAllTextAsync(file, "not an upload");
            File.SetLastWriteTimeUtc(file, twoDaysAgo);
        }

        // The sweeper sleeps on the site's clock: move it on a sweep at a time until one has run.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (File.Exists(MediaPath(orphan)) && DateTime.UtcNow < deadline)
        {
            _site.Clock.Advance(TimeSpan.FromMinutes(SweptSite.IntervalMinutes));
            await Task.Delay(100);
        }

        Assert.False(File.Exists(MediaPath(orphan)), "The old unused upload is still there.");
        Assert.True(File.Exists(MediaPath(young)), "The young upload was deleted.");
        Assert.True(File.Exists(MediaPath(onStory)), "The story's image was deleted.");
        Assert.True(File.Exists(MediaPath(onlyInRevision)), "The image only a revision shows was deleted.");
        Assert.True(File.Exists(notes) && File.Exists(outside), "A file that is not an upload was deleted.");
        var revisions = (await editor.GetPageAsync($"/admin/stories/{id}/revisions")).QuerySelectorAll("tr[data-revision]");
        var diff = await editor.GetPageAsync($"/admin/stories/{id}/revisions/{revisions[1].GetAttribute("data-revision")}");
        Assert.Equal(MediaLibrary.Url(onlyInRevision), diff.QuerySelector(".hero-side img.hero-thumb")!.GetAttribute("src"));
        using var client = _site.CreateClient();
        using var image = await client.GetAsync(new Uri(MediaLibrary.Url(onlyInRevision), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
    }

    /// <summary>The site on a clock the test moves, sweeping every few minutes with the default grace period (24 hours).</summary>
    private sealed class SweptSite : NewsSiteFactory
    {
        public const int IntervalMinutes = 10;

        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Media:CleanupIntervalMinutes", $"{IntervalMinutes}");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }

        public async Task<NewsSite.Articles.Article> StoryAsync(int id)
        {
            NewsSite.Articles.Article? story = null;
            await Stories.WithStoreAsync(this, async db => story = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Articles, a => a.Id == id));
            return story!;
        }
    }
}
