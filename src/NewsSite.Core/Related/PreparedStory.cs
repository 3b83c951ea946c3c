namespace NewsSite.Articles;

/// <summary>A story ready for <see cref="RelatedRanking"/>: its keywords as sorted term numbers.</summary>
internal sealed record PreparedStory(int Id, int SectionId, int[] TagIds, int[] Terms, DateTime PublishedAt);

/// <summary>Numbers keyword terms, so that many stories can be compared without hashing strings again.</summary>
internal sealed class TermNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public PreparedStory Prepare(RelatedCandidate story)
    {
        var terms = new SortedSet<int>();
        foreach (var term in story.Keywords.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!_numbers.TryGetValue(term, out var number))
            {
                number = _numbers.Count;
                _numbers.Add(term, number);
            }

            terms.Add(number);
        }

        return new PreparedStory(story.Id, story.SectionId, [.. story.TagIds.Distinct()], [.. terms], story.PublishedAt);
    }
}
