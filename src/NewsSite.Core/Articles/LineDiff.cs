namespace NewsSite.Articles;

/// <summary>Which lines two versions of a text share, and which one side added or removed (longest common subsequence).</summary>
public static class LineDiff
{
    public enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public readonly record struct Line(Kind Kind, string Text);

    public static IReadOnlyList<Line> Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Split(before);
        var b = Split(after);
        // common[i, j]: the longest run of shared lines between a[i..] and b[j..]
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<Line>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new(Kind.Same, a[x++]));
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                lines.Add(new(Kind.Removed, a[x++]));
            }
            else
            {
                lines.Add(new(Kind.Added, b[y++]));
            }
        }

        lines.AddRange(a[x..].Select(l => new Line(Kind.Removed, l)));
        lines.AddRange(b[y..].Select(l => new Line(Kind.Added, l)));
        return lines;
    }

    private static string[] Split(string text) =>
        text.Length == 0 ? [] : text.ReplaceLineEndings("\n").Split('\n');
}
