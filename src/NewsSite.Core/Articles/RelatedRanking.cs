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
        var others = candidates.Where(c => c.Id != story.Id).DistinctBy(c => c.Id).ToList();
        var termsOf = others.ToDictionary(c => c.Id, c => TermSet(c.Keywords));
        var storyTerms = TermSet(story.Keywords);

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in termsOf.Values.Append(storyTerms).SelectMany(t => t))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var documents = others.Count + 1;
        double Idf(string term) => Math.Log((documents + 1.0) / (documentFrequency.GetValueOrDefault(term) + 1.0)) + 1.0;
        var storyNorm = Math.Sqrt(storyTerms.Sum(t => Idf(t) * Idf(t)));

        double Score(RelatedCandidate candidate)
        {
            var terms = termsOf[candidate.Id];
            var norm = Math.Sqrt(terms.Sum(t => Idf(t) * Idf(t)));
            var shared = terms.Where(storyTerms.Contains).Sum(t => Idf(t) * Idf(t));
            var cosine = storyNorm == 0 || norm == 0 ? 0 : shared / (storyNorm * norm);
            var sharedTags = candidate.TagIds.Count(story.TagIds.Contains);
            return cosine + (candidate.SectionId == story.SectionId ? SameSectionBonus : 0) + (sharedTags * SharedTagBonus);
        }

        return others
            .Select(c => (c.Id, c.PublishedAt, Score: Math.Round(Score(c), 6)))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)
            .Take(count)
            .Select(c => c.Id)
            .ToList();
    }

    private static HashSet<string> TermSet(string keywords) =>
        new(keywords.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
