namespace NewsSite.Articles;

/// <summary>
/// How a curated related list changed between two versions: which stories only one side has, and which moved. Stories
/// both lists hold in the same relative order (their longest common run) stay; any other story both hold moved.
/// </summary>
public static class RelatedListDiff
{
    public enum Kind
    {
        Same,
        Removed,
        Added,
        Moved,
    }

    /// <summary>One story of either list: <see cref="Before"/> and <see cref="After"/> are its 1-based places, null on the side that lacks it.</summary>
    public readonly record struct Entry(Kind Kind, RelatedAsSaved Story, int? Before, int? After);

    /// <summary>The stories of <paramref name="after"/> in its order, with those only <paramref name="before"/> had where they stood.</summary>
    public static IReadOnlyList<Entry> Compare(IReadOnlyList<RelatedAsSaved> before, IReadOnlyList<RelatedAsSaved> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforePlace = Places(before);
        var inAfter = after.Select(s => s.Id).ToHashSet();

        // common[i, j]: the longest run of shared stories between before[i..] and after[j..]
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = before[i].Id == after[j].Id ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var entries = new List<Entry>(before.Count + after.Count);
        int x = 0, y = 0;
        while (x < before.Count || y < after.Count)
        {
            if (x < before.Count && y < after.Count && before[x].Id == after[y].Id)
            {
                entries.Add(new(Kind.Same, after[y], x + 1, y + 1));
                x++;
                y++;
            }
            // A story only the old list has goes first; one the new list holds elsewhere stays in place on a tie, so
            // that the story brought up from further down is the one that moved.
            else if (y == after.Count || (x < before.Count && (!inAfter.Contains(before[x].Id) || common[x + 1, y] > common[x, y + 1])))
            {
                // A story the new list still holds elsewhere shows once, where it is now.
                if (!inAfter.Contains(before[x].Id))
                {
                    entries.Add(new(Kind.Removed, before[x], x + 1, null));
                }

                x++;
            }
            else
            {
                var was = beforePlace.TryGetValue(after[y].Id, out var place) ? place : (int?)null;
                entries.Add(new(was is null ? Kind.Added : Kind.Moved, after[y], was, y + 1));
                y++;
            }
        }

        return entries;
    }

    private static Dictionary<int, int> Places(IReadOnlyList<RelatedAsSaved> list)
    {
        var places = new Dictionary<int, int>();
        for (var i = 0; i < list.Count; i++)
        {
            places.TryAdd(list[i].Id, i + 1);
        }

        return places;
    }
}
