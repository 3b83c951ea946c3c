using NewsSite.Articles;
using static NewsSite.Articles.LineDiff;

namespace NewsSite.Core.Tests.Articles;

public class LineDiffTests
{
    [Fact]
    public void Equal_texts_are_all_the_same()
    {
        Assert.All(Compare("one\ntwo", "one\ntwo"), l => Assert.Equal(Kind.Same, l.Kind));
    }

    [Fact]
    public void A_changed_line_is_removed_then_added_between_shared_lines()
    {
        var lines = Compare("Rain in Delhi\nSecond para\nEnd", "Rain in Delhi\nSecond paragraph\nEnd");

        Assert.Equal(
            [new(Kind.Same, "Rain in Delhi"), new(Kind.Removed, "Second para"), new(Kind.Added, "Second paragraph"), new(Kind.Same, "End")],
            lines);
    }

    [Fact]
    public void Lines_added_at_the_end_and_removed_at_the_start_are_found()
    {
        var lines = Compare("gone\nkept", "kept\nnew");

        Assert.Equal([new(Kind.Removed, "gone"), new(Kind.Same, "kept"), new(Kind.Added, "new")], lines);
    }

    [Fact]
    public void Empty_texts_and_line_endings_count_as_expected()
    {
        Assert.Empty(Compare("", ""));
        Assert.Equal([new(Kind.Added, "a")], Compare("", "a"));
        Assert.All(Compare("a\r\nb", "a\nb"), l => Assert.Equal(Kind.Same, l.Kind));
    }
}
