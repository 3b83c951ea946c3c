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
        var prepared = stories.Select(s => terms.Prepare(s.AsCandidate())).ToArray();
        var byId = new Dictionary<int, PreparedStory>(prepared.Length);
        foreach (var story in prepared)
        {
            byId[story.Id] = story;
        }

        // Listed stories in publishing order, and for each section and tag the positions of its stories in that order.
        var listed = stories.Where(s => s.IsListed).OrderBy(s => s.Order).ThenBy(s => s.Id).ToArray();
        var listedPrepared = Array.ConvertAll(listed, s => byId[s.Id]);
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
        Parallel.For(0, stories.Count, new ParallelOptions { CancellationToken = cancellationToken }, () => new List<int>(), (i, _, nearby) =>
        {
            var story = stories[i];
            var start = LowerBound(listed, story);
            nearby.Clear();
            foreach (var positions in story.TagIds.Select(t => byTag.GetValueOrDefault(t)).Append(bySection.GetValueOrDefault(story.SectionId)))
            {
                if (positions is null)
                {
                    continue;
                }

                var at = positions.BinarySearch(start);
                at = at < 0 ? ~at : at;
                var from = Math.Max(0, at - RelatedNeighbourhood.EachSide);
                var to = Math.Min(positions.Count, at + RelatedNeighbourhood.EachSide + 1);
                for (var p = from; p < to; p++)
                {
                    nearby.Add(positions[p]);
                }
            }

            // Sorted and distinct, without the story: EachSide on each side of it, then AnywhereEachSide of any kind.
            nearby.Sort();
            var distinct = 0;
            for (var n = 0; n < nearby.Count; n++)
            {
                var p = nearby[n];
                if ((distinct == 0 || p != nearby[distinct - 1]) && listed[p].Id != story.Id)
                {
                    nearby[distinct++] = p;
                }
            }

            var split = nearby.BinarySearch(0, distinct, start, comparer: null);
            split = split < 0 ? ~split : split;
            var candidates = new List<PreparedStory>((2 * RelatedNeighbourhood.EachSide) + (2 * RelatedNeighbourhood.AnywhereEachSide));
            for (var p = Math.Max(0, split - RelatedNeighbourhood.EachSide); p < Math.Min(distinct, split + RelatedNeighbourhood.EachSide); p++)
            {
                candidates.Add(listedPrepared[nearby[p]]);
            }

            for (var p = Math.Max(0, start - RelatedNeighbourhood.AnywhereEachSide); p < start; p++)
            {
                candidates.Add(listedPrepared[p]);
            }

            for (int p = start, taken = 0; p < listed.Length && taken < RelatedNeighbourhood.AnywhereEachSide; p++)
            {
                if (listed[p].Id != story.Id)
                {
                    candidates.Add(listedPrepared[p]);
                    taken++;
                }
            }

            lists[i] = (story.Id, RelatedRanking.Rank(prepared[i], candidates, RelatedNeighbourhood.Stored));
            return nearby;
        }, _ => { });
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
