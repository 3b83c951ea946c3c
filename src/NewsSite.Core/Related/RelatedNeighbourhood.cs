namespace NewsSite.Articles;

/// <summary>
/// Which stories a story's related list is chosen from: listed stories (<see cref="RelatingStory.IsListed"/>) in its
/// section or sharing one of its tags, the <see cref="EachSide"/> nearest before it and after it in publishing order,
/// and the <see cref="AnywhereEachSide"/> nearest from anywhere (they fill a list when little else is close).
/// Readers want stories from around the same time beside a story, and a list costs the same however large the store grows.
/// </summary>
public static class RelatedNeighbourhood
{
    public const int EachSide = 40;

    public const int AnywhereEachSide = 8;

    /// <summary>How many places each list keeps: the most a page shows, plus spares for stories hidden since.</summary>
    public const int Stored = 12;

    /// <summary>Whether <paramref name="candidate"/> comes before <paramref name="story"/> in publishing order (ties by id).</summary>
    public static bool IsBefore(RelatingStory candidate, RelatingStory story)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(story);
        return candidate.Order < story.Order || (candidate.Order == story.Order && candidate.Id < story.Id);
    }

    /// <summary>Ranks a story's list from its neighbourhood (the stories before and after it, in any order).</summary>
    public static IReadOnlyList<int> ListFor(RelatingStory story, IEnumerable<RelatingStory> neighbourhood)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(neighbourhood);
        return RelatedRanking.Rank(story.AsCandidate(), neighbourhood.Select(n => n.AsCandidate()), Stored);
    }
}
