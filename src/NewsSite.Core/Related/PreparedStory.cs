namespace NewsSite.Articles;

/// <summary>A story ready for <see cref="RelatedRanking"/>: its keywords as sorted term numbers.</summary>
internal sealed record PreparedStory(int Id, int SectionId, int[] TagIds, int[] Terms, DateTime PublishedAt);

/// <summary>Numbers keyword terms, so that many stories can be compared without hashing strings again.</summary>
internal sealed class TermNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public TermNumbers() => _spans = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    public PreparedStory Prepare(RelatedCandidate story)
    {
        var terms = new List<int>(ArticleDerivedText.KeywordCount);
        var keywords = story.Keywords.AsSpan();
        foreach (var range in keywords.Split(' '))
        {
            var term = keywords[range];
            if (term.IsEmpty)
            {
                continue;
            }

            if (!_spans.TryGetValue(term, out var number))
            {
                number = _numbers.Count;
                _spans.TryAdd(term, number);
            }

            terms.Add(number);
        }

        // Sorted and distinct: ranking sums weights in term order, and reads the highest number from the end.
        terms.Sort();
        var distinct = terms.Count == 0 ? 0 : 1;
        for (var i = 1; i < terms.Count; i++)
        {
            if (terms[i] != terms[distinct - 1])
            {
                terms[distinct++] = terms[i];
            }
        }

        return new PreparedStory(story.Id, story.SectionId, [.. story.TagIds.Distinct()], [.. terms[..distinct]], story.PublishedAt);
    }
}
