using NewsSite.Articles;
using static NewsSite.Articles.RelatedListDiff;

namespace NewsSite.Core.Tests.Articles;

public class RelatedListDiffTests
{
    private static readonly RelatedAsSaved Dams = new(1, "Dams open in Idukki", "dams-open-in-idukki");
    private static readonly RelatedAsSaved Fishermen = new(2, "Fishermen warned", "fishermen-warned");
    private static readonly RelatedAsSaved Camps = new(3, "Relief camps open", "relief-camps-open");
    private static readonly RelatedAsSaved Schools = new(4, "Schools closed", "schools-closed");
    private static readonly RelatedAsSaved Boats = new(5, "Boats ferry families", "boats-ferry-families");

    [Fact]
    public void The_same_list_is_all_the_same()
    {
        Assert.Equal([new(Kind.Same, Dams, 1, 1), new(Kind.Same, Fishermen, 2, 2)], Compare([Dams, Fishermen], [Dams, Fishermen]));
    }

    [Fact]
    public void A_story_taken_off_the_top_is_removed_and_the_others_do_not_count_as_moved()
    {
        Assert.Equal([new(Kind.Removed, Dams, 1, null), new(Kind.Same, Fishermen, 2, 1), new(Kind.Same, Camps, 3, 2)], Compare([Dams, Fishermen, Camps], [Fishermen, Camps]));
    }

    [Fact]
    public void A_story_brought_to_the_top_moved_and_shows_once_where_it_is_now()
    {
        var entries = Compare([Dams, Fishermen, Camps], [Camps, Dams, Fishermen]);

        Assert.Equal([new(Kind.Moved, Camps, 3, 1), new(Kind.Same, Dams, 1, 2), new(Kind.Same, Fishermen, 2, 3)], entries);
    }

    [Fact]
    public void Added_removed_and_moved_together()
    {
        var entries = Compare([Dams, Fishermen, Camps, Schools], [Schools, Dams, Boats, Fishermen]);

        Assert.Equal(
        [
            new(Kind.Moved, Schools, 4, 1),
            new(Kind.Same, Dams, 1, 2),
            new(Kind.Added, Boats, null, 3),
            new(Kind.Same, Fishermen, 2, 4),
            new(Kind.Removed, Camps, 3, null),
        ], entries);
    }

    [Fact]
    public void When_either_story_could_have_moved_the_one_brought_up_did()
    {
        var entries = Compare([Dams, Fishermen, Camps], [Camps, Dams, Schools]);

        Assert.Equal([new(Kind.Moved, Camps, 3, 1), new(Kind.Same, Dams, 1, 2), new(Kind.Removed, Fishermen, 2, null), new(Kind.Added, Schools, null, 3)], entries);
    }

    [Fact]
    public void The_removed_story_reads_as_the_revision_kept_it_and_a_kept_one_as_it_is_now()
    {
        var renamed = Dams with { Headline = "Dams opened in Idukki", Slug = "dams-opened-in-idukki" };

        var entries = Compare([Dams, Fishermen], [renamed]);

        Assert.Equal([new(Kind.Same, renamed, 1, 1), new(Kind.Removed, Fishermen, 2, null)], entries);
    }

    [Fact]
    public void Empty_lists()
    {
        Assert.Empty(Compare([], []));
        Assert.Equal([new(Kind.Added, Dams, null, 1)], Compare([], [Dams]));
        Assert.Equal([new(Kind.Removed, Dams, 1, null)], Compare([Dams], []));
    }
}
