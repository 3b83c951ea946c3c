using NewsSite.Articles;

namespace NewsSite.Core.Tests.Articles;

public class RelatedListsTests
{
    private static readonly string[] Words = ["monsoon", "flood", "kerala", "budget", "cricket", "election", "rescue", "court", "metro", "rupee"];

    // Stories in id order, as the generator and a rebuild hand them over: a few drafts among them, tags and words shared.
    private static List<RelatingStory> Stories(int count) =>
        [.. Enumerable.Range(1, count).Select(id => new RelatingStory(
            id,
            SectionId: (id % 4) + 1,
            TagIds: [id % 7, (id * 3) % 11],
            Keywords: string.Join(' ', Words[id % Words.Length], Words[(id / 3) % Words.Length], Words[(id * 7) % Words.Length]),
            Status: id % 13 == 0 ? ArticleStatus.Draft : ArticleStatus.Published,
            PublishedAt: id % 13 == 0 ? null : new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(id)))];

    private static async Task<List<(int ArticleId, IReadOnlyList<int> Related)>> ListsAsync(IReadOnlyList<RelatingStory> stories, int chunkSize)
    {
        var lists = new List<(int, IReadOnlyList<int>)>();
        await foreach (var chunk in RelatedLists.InChunksAsync(stories, chunkSize, TestContext.Current.CancellationToken))
        {
            Assert.True(chunk.Length <= chunkSize);
            lists.AddRange(chunk);
        }

        return lists;
    }

    [Fact]
    public async Task Chunks_give_every_story_in_order_the_list_it_gets_in_one_piece()
    {
        var stories = Stories(250);

        var whole = await ListsAsync(stories, stories.Count);
        var chunked = await ListsAsync(stories, 7);

        Assert.Equal(stories.Select(s => s.Id), whole.Select(l => l.ArticleId));
        Assert.Contains(whole, l => l.Related.Count > 0);
        Assert.Equal(whole.Select(l => (l.ArticleId, string.Join(',', l.Related))), chunked.Select(l => (l.ArticleId, string.Join(',', l.Related))));
    }

    [Fact]
    public async Task No_stories_give_no_chunks() => Assert.Empty(await ListsAsync([], 5));
}
