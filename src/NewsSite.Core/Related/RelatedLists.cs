namespace NewsSite.Articles;

/// <summary>
/// Works out every story's related list at once, in memory: for the generator and for filling a store that has none.
/// Gives the same lists as <see cref="RelatedRefresh"/> does one story at a time.
/// </summary>
public static class RelatedLists
{
    public static IReadOnlyList<(int ArticleId, IReadOnlyList<int> Related)> ForAll(IReadOnlyList<RelatingStory> stories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var terms = new TermNumbers();
        var prepared = stories.ToDictionary(s => s.Id, s => terms.Prepare(s.AsCandidate()));

        // Listed stories in publishing order, and for each section and tag the positions of its stories in that order.
        var listed = stories.Where(s => s.IsListed).OrderBy(s => s.Order).ThenBy(s => s.Id).ToArray();
        var bySection = new Dictionary<int, List<int>>();
        var byTag = new Dictionary<int, List<int>>();
        for (var position = 0; position < listed.Length; position++)
        {
            Positions(bySection, listed[position].SectionId).Add(position);
            foreach (var tag in listed[position].TagIds.Distinct())
            {
                Positions(byTag, tag).Add(position);
            }
        }

        var lists = new (int, IReadOnlyList<int>)[stories.Count];
        Parallel.For(0, stories.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var story = stories[i];
            var start = LowerBound(listed, story);
            var nearby = new List<int>();
            foreach (var positions in story.TagIds.Select(t => byTag.GetValueOrDefault(t)).Append(bySection.GetValueOrDefault(story.SectionId)))
            {
                if (positions is null)
                {
                    continue;
                }

                var at = positions.BinarySearch(start);
                at = at < 0 ? ~at : at;
                var from = Math.Max(0, at - RelatedNeighbourhood.EachSide);
                nearby.AddRange(positions.GetRange(from, Math.Min(positions.Count, at + RelatedNeighbourhood.EachSide + 1) - from));
            }

            nearby.Sort();
            var distinct = nearby.Distinct().Where(p => listed[p].Id != story.Id).ToList();
            var split = distinct.BinarySearch(start);
            split = split < 0 ? ~split : split;
            var before = distinct.GetRange(Math.Max(0, split - RelatedNeighbourhood.EachSide), Math.Min(split, RelatedNeighbourhood.EachSide));
            var after = distinct.Skip(split).Take(RelatedNeighbourhood.EachSide);
            var anywhereBefore = Enumerable.Range(Math.Max(0, start - RelatedNeighbourhood.AnywhereEachSide), Math.Min(start, RelatedNeighbourhood.AnywhereEachSide));
            var anywhereAfter = Enumerable.Range(start, listed.Length - start).Where(p => listed[p].Id != story.Id).Take(RelatedNeighbourhood.AnywhereEachSide);
            var candidates = before.Concat(after).Concat(anywhereBefore).Concat(anywhereAfter).Select(p => prepared[listed[p].Id]).ToList();
            lists[i] = (story.Id, RelatedRanking.Rank(prepared[story.Id], candidates, RelatedNeighbourhood.Stored));
        });
        return lists;
    }

    private static List<int> Positions(Dictionary<int, List<int>> index, int key)
    {
        if (!index.TryGetValue(key, out var positions))
        {
            positions = [];
            index.Add(key, positions);
        }

        return positions;
    }

    // The first listed position not before the story: the story itself when it is listed.
    private static int LowerBound(RelatingStory[] listed, RelatingStory story)
    {
        int low = 0, high = listed.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (RelatedNeighbourhood.IsBefore(listed[middle], story))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
