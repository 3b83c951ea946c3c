using System.Runtime.CompilerServices;

namespace NewsSite.Articles;

/// <summary>
/// Works out every story's related list at once, in memory: for the generator and for filling a store that has none.
/// Gives the same lists as <see cref="RelatedRefresh"/> does one story at a time.
/// </summary>
public sealed class RelatedLists
{
    private readonly IReadOnlyList<RelatingStory> _stories;
    private readonly PreparedStory[] _prepared;
    private readonly RelatingStory[] _listed;
    private readonly PreparedStory[] _listedPrepared;
    private readonly Dictionary<int, List<int>> _bySection = [];
    private readonly Dictionary<int, List<int>> _byTag = [];

    private RelatedLists(IReadOnlyList<RelatingStory> stories)
    {
        _stories = stories;
        var terms = new TermNumbers();
        _prepared = [.. stories.Select(s => terms.Prepare(s.AsCandidate()))];
        var byId = new Dictionary<int, PreparedStory>(_prepared.Length);
        foreach (var story in _prepared)
        {
            byId[story.Id] = story;
        }

        // Listed stories in publishing order, and for each section and tag the positions of its stories in that order.
        _listed = [.. stories.Where(s => s.IsListed).OrderBy(s => s.Order).ThenBy(s => s.Id)];
        _listedPrepared = Array.ConvertAll(_listed, s => byId[s.Id]);
        for (var position = 0; position < _listed.Length; position++)
        {
            Positions(_bySection, _listed[position].SectionId).Add(position);
            foreach (var tag in _listed[position].TagIds.Distinct())
            {
                Positions(_byTag, tag).Add(position);
            }
        }
    }

    /// <summary>
    /// Every story's list, in story order, a chunk at a time: the next chunk is ranked (in parallel) while the caller
    /// handles the one before it, so writing lists overlaps working them out.
    /// </summary>
    public static async IAsyncEnumerable<(int ArticleId, IReadOnlyList<int> Related)[]> InChunksAsync(
        IReadOnlyList<RelatingStory> stories, int chunkSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        var lists = new RelatedLists(stories);

        // A caller that stops early (its writer failed) must not leave the chunk after its last one being ranked.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<(int, IReadOnlyList<int>)[]> Rank(int first) =>
            Task.Run(() => lists.Rank(first, Math.Min(first + chunkSize, stories.Count), stop.Token), stop.Token);

        var next = stories.Count > 0 ? Rank(0) : null;
        try
        {
            for (var first = 0; next is not null; first += chunkSize)
            {
                var chunk = await next;
                next = first + chunkSize < stories.Count ? Rank(first + chunkSize) : null;
                yield return chunk;
            }
        }
        finally
        {
            if (next is not null)
            {
                await stop.CancelAsync();
                // Waits for it to stop without throwing: the caller's own exception, if any, is the one to report.
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private (int, IReadOnlyList<int>)[] Rank(int from, int to, CancellationToken cancellationToken)
    {
        var lists = new (int, IReadOnlyList<int>)[to - from];
        Parallel.For(from, to, new ParallelOptions { CancellationToken = cancellationToken }, () => new List<int>(), (i, _, nearby) =>
        {
            lists[i - from] = (_stories[i].Id, ListFor(i, nearby));
            return nearby;
        }, _ => { });
        return lists;
    }

    private IReadOnlyList<int> ListFor(int i, List<int> nearby)
    {
        var story = _stories[i];
        var start = LowerBound(_listed, story);
        nearby.Clear();
        foreach (var positions in story.TagIds.Select(t => _byTag.GetValueOrDefault(t)).Append(_bySection.GetValueOrDefault(story.SectionId)))
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
            if ((distinct == 0 || p != nearby[distinct - 1]) && _listed[p].Id != story.Id)
            {
                nearby[distinct++] = p;
            }
        }

        var split = nearby.BinarySearch(0, distinct, start, comparer: null);
        split = split < 0 ? ~split : split;
        var candidates = new List<PreparedStory>((2 * RelatedNeighbourhood.EachSide) + (2 * RelatedNeighbourhood.AnywhereEachSide));
        for (var p = Math.Max(0, split - RelatedNeighbourhood.EachSide); p < Math.Min(distinct, split + RelatedNeighbourhood.EachSide); p++)
        {
            candidates.Add(_listedPrepared[nearby[p]]);
        }

        for (var p = Math.Max(0, start - RelatedNeighbourhood.AnywhereEachSide); p < start; p++)
        {
            candidates.Add(_listedPrepared[p]);
        }

        for (int p = start, taken = 0; p < _listed.Length && taken < RelatedNeighbourhood.AnywhereEachSide; p++)
        {
            if (_listed[p].Id != story.Id)
            {
                candidates.Add(_listedPrepared[p]);
                taken++;
            }
        }

        return RelatedRanking.Rank(_prepared[i], candidates, RelatedNeighbourhood.Stored);
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
