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

    [ThreadStatic]
    private static bool[]? _inStory;

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
        var seen = new HashSet<int>(candidates.Count + 1) { story.Id };
        var highest = Highest(story.Terms);
        foreach (var candidate in candidates)
        {
            if (seen.Add(candidate.Id))
            {
                others.Add(candidate);
                highest = Math.Max(highest, Highest(candidate.Terms));
            }
        }

        // Document frequencies, then IDF squared (a term's weight in both norms and dot products), in per-thread
        // arrays indexed by term number: ranking a whole store calls this once per story.
        var frequency = Buffer(ref _frequency, highest);
        var weight = Buffer(ref _weight, highest);
        var inStory = Buffer(ref _inStory, highest);
        var touched = new List<int>(24 * (others.Count + 1));
        foreach (var term in story.Terms)
        {
            Count(term);
            inStory[term] = true;
        }

        foreach (var other in others)
        {
            foreach (var term in other.Terms)
            {
                Count(term);
            }
        }

        void Count(int term)
        {
            if (frequency[term]++ == 0)
            {
                touched.Add(term);
            }
        }

        var documents = others.Count + 1;
        foreach (var term in touched)
        {
            var idf = Math.Log((documents + 1.0) / (frequency[term] + 1.0)) + 1.0;
            weight[term] = idf * idf;
            frequency[term] = 0;
        }

        var storyNorm = Math.Sqrt(SumOfWeights(story.Terms, weight));
        var best = new List<(double Score, DateTime PublishedAt, int Id)>(count + 1);
        foreach (var candidate in others)
        {
            // Sums run in term order, as they always have: the same doubles, so the same rounding and the same lists.
            var norm = Math.Sqrt(SumOfWeights(candidate.Terms, weight));
            var shared = 0.0;
            foreach (var term in candidate.Terms)
            {
                if (inStory[term])
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

            var score = cosine + (candidate.SectionId == story.SectionId ? SameSectionBonus : 0) + (sharedTags * SharedTagBonus);
            Keep(best, (Math.Round(score, 6), candidate.PublishedAt, candidate.Id), count);
        }

        foreach (var term in story.Terms)
        {
            inStory[term] = false;
        }

        return best.ConvertAll(b => b.Id);
    }

    private static double SumOfWeights(int[] terms, double[] weight)
    {
        var sum = 0.0;
        foreach (var term in terms)
        {
            sum += weight[term];
        }

        return sum;
    }

    // The best `count` so far, best first: highest score, then the most recent, then the highest id (ids never tie).
    private static void Keep(List<(double Score, DateTime PublishedAt, int Id)> best, (double Score, DateTime PublishedAt, int Id) candidate, int count)
    {
        var at = best.Count;
        while (at > 0 && Before(candidate, best[at - 1]))
        {
            at--;
        }

        if (at < count)
        {
            best.Insert(at, candidate);
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        static bool Before((double Score, DateTime PublishedAt, int Id) a, (double Score, DateTime PublishedAt, int Id) b) =>
            a.Score != b.Score ? a.Score > b.Score : a.PublishedAt != b.PublishedAt ? a.PublishedAt > b.PublishedAt : a.Id > b.Id;
    }

    private static int Highest(int[] terms) => terms.Length == 0 ? -1 : terms[^1];

    // A per-thread array long enough for every term number in play; frequencies and marks are left cleared after each use.
    private static T[] Buffer<T>(ref T[]? buffer, int highest)
    {
        if (buffer is null || buffer.Length <= highest)
        {
            buffer = new T[Math.Max(highest + 1, (buffer?.Length ?? 256) * 2)];
        }

        return buffer;
    }
}
