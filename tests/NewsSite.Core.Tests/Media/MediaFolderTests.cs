using NewsSite.Media;

namespace NewsSite.Core.Tests.Media;

public sealed class MediaFolderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "newssite-media-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_path))
        {
            Directory.Delete(_path, recursive: true);
        }
    }

    [Fact]
    public async Task Names_a_file_after_its_bytes_and_stores_it_once()
    {
        var folder = new MediaFolder(_path);
        var png = TestImages.Png(4, 4);

        var first = await folder.SaveAsync(png, ImageFormat.Png);
        var second = await folder.SaveAsync(png, ImageFormat.Png);
        var other = await folder.SaveAsync(TestImages.Png(4, 5), ImageFormat.Png);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Matches("^[0-9a-f]{64}\\.png$", first);
        Assert.Equal(png, await File.ReadAllBytesAsync(folder.Find(first)!));
        Assert.Equal(2, Directory.GetFiles(_path).Length);
    }

    [Fact]
    public async Task Leaves_no_temporary_file_behind()
    {
        var folder = new MediaFolder(_path);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => folder.SaveAsync(TestImages.Gif(), ImageFormat.Gif)));

        Assert.Single(Directory.GetFiles(_path));
    }

    [Theory]
    [InlineData("../store.db")]
    [InlineData("..%2Fstore.db")]
    [InlineData("/etc/passwd")]
    [InlineData("photo.png")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.exe")]
    [InlineData("0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef.png")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.png\n")]
    public async Task Finds_only_names_it_gives_out(string name)
    {
        var folder = new MediaFolder(_path);
        Directory.CreateDirectory(_path);
        await File.WriteAllTextAsync(Path.Combine(_path, "photo.png"), "not ours");

        Assert.Null(folder.Find(name));
    }

    [Fact]
    public void An_unknown_name_of_the_right_form_is_not_found() =>
        Assert.Null(new MediaFolder(_path).Find(new string('a', 64) + ".png"));

    [Fact]
    public async Task Lists_its_images_with_their_times_and_deletes_one_only_while_it_is_old()
    {
        var folder = new MediaFolder(_path);
        var name = await folder.SaveAsync(TestImages.Png(4, 4), ImageFormat.Png);
        await File.WriteAllTextAsync(Path.Combine(_path, "notes.txt"), "not ours");
        var written = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(_path, name), written);

        Assert.Equal([new MediaFile(name, written)], folder.List());
        Assert.False(folder.DeleteUnlessWrittenAfter(name, written.AddSeconds(-1)));
        Assert.False(folder.DeleteUnlessWrittenAfter("notes.txt", DateTime.MaxValue));
        Assert.False(folder.DeleteUnlessWrittenAfter("../" + name, DateTime.MaxValue));
        Assert.True(folder.DeleteUnlessWrittenAfter(name, written));

        Assert.Empty(folder.List());
        Assert.True(File.Exists(Path.Combine(_path, "notes.txt")));
    }

    [Fact]
    public async Task Uploading_the_same_image_again_renews_its_time()
    {
        var folder = new MediaFolder(_path);
        var png = TestImages.Png(4, 4);
        var name = await folder.SaveAsync(png, ImageFormat.Png);
        File.SetLastWriteTimeUtc(Path.Combine(_path, name), DateTime.UtcNow.AddDays(-3));

        await folder.SaveAsync(png, ImageFormat.Png);

        Assert.True(folder.List().Single().LastWrittenUtc > DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public void A_folder_not_made_yet_lists_nothing() => Assert.Empty(new MediaFolder(_path).List());
}
