namespace NewsSite.Articles;

/// <summary>An article as related-article ranking sees it.</summary>
public sealed record RelatedCandidate(int Id, int SectionId, IReadOnlyCollection<int> TagIds, string Keywords, DateTime PublishedAt);

/// <summary>
/// Ranks stories by how related they are to one story: TF-IDF cosine similarity of their keywords (IDF taken over
/// the candidates), plus a bonus for the same section and for each shared tag. Recent stories come first among
/// equals, and stories with nothing in common fill any places left, newest first. The story itself never appears.
/// </summary>
public static class RelatedRanking
{
    [ThreadStatic]
    private static int[]? _frequency;

    [ThreadStatic]
    private static double[]? _weight;

    public const double SameSectionBonus = 0.25;
    public const double SharedTagBonus = 0.35;

    public static IReadOnlyList<int> Rank(RelatedCandidate story, IEnumerable<RelatedCandidate> candidates, int count)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(candidates);
        var terms = new TermNumbers();
        return Rank(terms.Prepare(story), [.. candidates.Select(terms.Prepare)], count);
    }

    /// <summary>The same ranking over stories whose keywords are already numbered, for ranking many stories at once.</summary>
    internal static IReadOnlyList<int> Rank(PreparedStory story, IReadOnlyList<PreparedStory> candidates, int count)
    {
        var others = new List<PreparedStory>(candidates.Count);
        var seen = new HashSet<int> { story.Id };
        foreach (var candidate in candidates)
        {
            if (seen.Add(candidate.Id))
            {
                others.Add(candidate);
            }
        }

        // Document frequencies, then IDF squared (a term's weight in both norms and dot products), in per-thread
        // arrays indexed by term number: ranking a whole store calls this once per story.
        var frequency = Buffer(ref _frequency, story, others);
        var touched = new List<int>();
        foreach (var terms in others.Select(o => o.Terms).Append(story.Terms))
        {
            foreach (var term in terms)
            {
                if (frequency[term]++ == 0)
                {
                    touched.Add(term);
                }
            }
        }

        var weight = Buffer(ref _weight, story, others);
        var documents = others.Count + 1;
        foreach (var term in touched)
        {
            var idf = Math.Log((documents + 1.0) / (frequency[term] + 1.0)) + 1.0;
            weight[term] = idf * idf;
            frequency[term] = 0;
        }

        double SumOfWeights(int[] terms)
        {
            var sum = 0.0;
            foreach (var term in terms)
            {
                sum += weight[term];
            }

            return sum;
        }

        var storyNorm = Math.Sqrt(SumOfWeights(story.Terms));
        double Score(PreparedStory candidate)
        {
            var norm = Math.Sqrt(SumOfWeights(candidate.Terms));
            var shared = 0.0;
            foreach (var term in candidate.Terms)
            {
                if (Array.BinarySearch(story.Terms, term) >= 0)
                {
                    shared += weight[term];
                }
            }

            var cosine = storyNorm == 0 || norm == 0 ? 0 : shared / (storyNorm * norm);
            var sharedTags = 0;
            foreach (var tag in candidate.TagIds)
            {
                sharedTags += Array.IndexOf(story.TagIds, tag) >= 0 ? 1 : 0;
            }

            return cosine + (candidate.SectionId == story.SectionId ? SameSectionBonus : 0) + (sharedTags * SharedTagBonus);
        }

        return others
            .Select(c => (c.Id, c.PublishedAt, Score: Math.Round(Score(c), 6)))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)
            .Take(count)
            .Select(c => c.Id)
            .ToList();
    }

    // A per-thread array long enough for every term number in play; frequencies are left at zero after each use.
    private static T[] Buffer<T>(ref T[]? buffer, PreparedStory story, List<PreparedStory> others)
    {
        var highest = others.Select(o => o.Terms.Length == 0 ? -1 : o.Terms[^1]).Append(story.Terms.Length == 0 ? -1 : story.Terms[^1]).Max();
        if (buffer is null || buffer.Length <= highest)
        {
            buffer = new T[Math.Max(highest + 1, (buffer?.Length ?? 256) * 2)];
        }

        return buffer;
    }
}
