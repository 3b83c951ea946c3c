using NewsSite.Articles;

namespace NewsSite.Generating;

/// <summary>What a run wrote.</summary>
public readonly record struct GenerateCounts(int Articles, int Drafts, int Scheduled, int TagLinks, int RelatedLinks)
{
    public GenerateCounts Add(GeneratedStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new(
            Articles + 1,
            Drafts + (story.Article.Status == ArticleStatus.Draft ? 1 : 0),
            Scheduled + (story.Article.Status == ArticleStatus.Scheduled ? 1 : 0),
            TagLinks + story.Tags.Count,
            RelatedLinks + story.Related.Count);
    }
}
