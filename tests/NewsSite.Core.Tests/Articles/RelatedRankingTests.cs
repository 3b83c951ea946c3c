using NewsSite.Articles;

namespace NewsSite.Core.Tests.Articles;

public class RelatedRankingTests
{
    private static readonly DateTime Day = new(2024, 12, 14, 0, 0, 0, DateTimeKind.Utc);

    private static RelatedCandidate Story(int id, int section, string keywords, int daysAgo = 0, params int[] tags) =>
        new(id, section, tags, keywords, Day.AddDays(-daysAgo));

    [Fact]
    public void The_story_sharing_most_words_ranks_first()
    {
        var story = Story(1, 1, "kerala flood monsoon rescue");
        var candidates = new[] { Story(2, 2, "kerala cricket win"), Story(3, 2, "kerala flood rescue"), Story(4, 2, "budget session") };

        Assert.Equal([3, 2, 4], RelatedRanking.Rank(story, candidates, 3));
    }

    [Fact]
    public void A_rare_shared_word_counts_more_than_a_common_one()
    {
        var story = Story(1, 1, "kerala india");
        var candidates = new[] { Story(2, 2, "india budget"), Story(3, 2, "india election"), Story(4, 2, "india cricket"), Story(5, 2, "kerala boats") };

        Assert.Equal(5, RelatedRanking.Rank(story, candidates, 4)[0]);
    }

    [Fact]
    public void Same_section_and_shared_tags_lift_a_story()
    {
        var story = Story(1, 1, "market rally", 0, 7);
        var candidates = new[] { Story(2, 2, "market rally"), Story(3, 1, "market rally"), Story(4, 2, "market rally", 0, 7) };

        Assert.Equal([4, 3, 2], RelatedRanking.Rank(story, candidates, 3));
    }

    [Fact]
    public void Among_equals_the_most_recent_comes_first_and_unrelated_stories_only_fill_the_rest()
    {
        var story = Story(1, 1, "gabba rain test");
        var candidates = new[] { Story(2, 2, "unrelated words", 5), Story(3, 2, "gabba rain", 3), Story(4, 2, "gabba rain", 1), Story(5, 2, "other words", 0) };

        Assert.Equal([4, 3, 5, 2], RelatedRanking.Rank(story, candidates, 4));
    }

    [Fact]
    public void The_story_itself_never_appears()
    {
        var story = Story(1, 1, "same words");

        Assert.Equal([2], RelatedRanking.Rank(story, [story, Story(2, 1, "same words")], 4));
    }
}
