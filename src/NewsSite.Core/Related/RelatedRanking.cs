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

        var documentFrequency = new Dictionary<int, int>();
        foreach (var term in others.SelectMany(o => o.Terms).Concat(story.Terms))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        // IDF squared once per distinct term: the weight of a term in both the norms and the dot products.
        var documents = others.Count + 1;
        var weights = new Dictionary<int, double>(documentFrequency.Count);
        foreach (var (term, frequency) in documentFrequency)
        {
            var idf = Math.Log((documents + 1.0) / (frequency + 1.0)) + 1.0;
            weights[term] = idf * idf;
        }

        double IdfSquared(int term) => weights[term];

        var storyNorm = Math.Sqrt(story.Terms.Sum(IdfSquared));
        double Score(PreparedStory candidate)
        {
            var norm = Math.Sqrt(candidate.Terms.Sum(IdfSquared));
            var shared = 0.0;
            foreach (var term in candidate.Terms)
            {
                if (Array.BinarySearch(story.Terms, term) >= 0)
                {
                    shared += IdfSquared(term);
                }
            }

            var cosine = storyNorm == 0 || norm == 0 ? 0 : shared / (storyNorm * norm);
            var sharedTags = candidate.TagIds.Count(t => Array.IndexOf(story.TagIds, t) >= 0);
            return cosine + (candidate.SectionId == story.SectionId ? SameSectionBonus : 0) + (sharedTags * SharedTagBonus);
        }

        return others
            .Select(c => (c.Id, c.PublishedAt, Score: Math.Round(Score(c), 6)))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)
            .Take(count)
            .Select(c => c.Id)
            .ToList();
    }
}
