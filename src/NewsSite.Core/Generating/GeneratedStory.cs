using NewsSite.Articles;

namespace NewsSite.Generating;

/// <summary>
/// One generated story: the article (derived text not yet rendered, section not yet resolved), its section's slug,
/// its tags as positions in <see cref="GeneratedTags.All"/>, and its curated related stories as numbers of earlier stories.
/// </summary>
public sealed record GeneratedStory(int Number, Article Article, string Section, IReadOnlyList<int> Tags, IReadOnlyList<int> Related);
