using NewsSite.Media;

namespace NewsSite.Core.Tests.Media;

public class OrphanedMediaTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Grace = TimeSpan.FromHours(24);

    private static string Name(char digit, string extension = ".png") => new string(digit, 64) + extension;

    private static MediaFile File(string name, double hoursOld) => new(name, Now.AddHours(-hoursOld));

    [Fact]
    public void An_old_file_nothing_names_is_an_orphan()
    {
        Assert.Equal([Name('a')], OrphanedMedia.Among([File(Name('a'), 48)], [], Now, Grace));
    }

    [Fact]
    public void A_file_younger_than_the_grace_period_is_kept_for_the_retry_of_its_post()
    {
        Assert.Empty(OrphanedMedia.Among([File(Name('a'), 23.9)], [], Now, Grace));
        Assert.Equal([Name('b')], OrphanedMedia.Among([File(Name('b'), 24)], [], Now, Grace));
    }

    [Fact]
    public void An_old_file_named_by_a_story_or_a_revision_is_kept()
    {
        string[] references = ["/media/" + Name('a'), "https://news.example.com/media/" + Name('b', ".jpg") + "?v=2", null!];

        var orphans = OrphanedMedia.Among([File(Name('a'), 100), File(Name('b', ".jpg"), 100), File(Name('c', ".gif"), 100)], references, Now, Grace);

        Assert.Equal([Name('c', ".gif")], orphans);
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData(".0000000000000000000000000000000000000000000000000000000000000000.png.0123.tmp")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000.exe")]
    public void Only_names_the_media_folder_gives_out_are_ever_orphans(string name)
    {
        Assert.Empty(OrphanedMedia.Among([File(name, 1000)], [], Now, Grace));
    }

    [Theory]
    [InlineData("/media/abc.png", "abc.png")]
    [InlineData("https://cdn.example/media/abc.png?w=300#top", "abc.png")]
    [InlineData("abc.png", "abc.png")]
    public void A_reference_names_the_file_its_address_ends_in(string url, string name)
    {
        Assert.Equal(name, OrphanedMedia.NameIn(url));
    }
}
