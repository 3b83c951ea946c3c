using NewsSite.Articles;

namespace NewsSite.Generating;

/// <summary>
/// Where a run writes, prepared before the first story: section ids by slug, tag ids by position in
/// <see cref="GeneratedTags.All"/>, the run's import record, and the slugs real content already holds.
/// </summary>
public sealed record GenerationTarget(
    GenerationPlan Plan,
    IReadOnlyDictionary<string, int> SectionIds,
    IReadOnlyList<int> TagIds,
    int RecordId,
    IReadOnlySet<string> TakenSlugs)
{
    /// <summary>The story's slug, moved off any slug real content holds (generated slugs never clash with each other).</summary>
    public string SlugFor(GeneratedStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var slug = story.Article.Slug;
        for (var round = 1; TakenSlugs.Contains(slug); round++)
        {
            slug = Slug.WithSuffix(Slug.From(story.Article.Headline), story.Number + 1 + (round * Plan.Articles));
        }

        return slug;
    }
}
