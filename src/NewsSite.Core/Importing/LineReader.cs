namespace NewsSite.Importing;

internal readonly record struct Line(string Text, int Number);

/// <summary>The non-blank lines of a page, trimmed, with their 1-based line numbers, read front to back.</summary>
internal sealed class LineReader
{
    private readonly List<Line> _lines = [];
    private int _index;

    public LineReader(string text)
    {
        var number = 0;
        foreach (var raw in text.TrimStart('\uFEFF').Split(["\r\n", "\n", "\r"], StringSplitOptions.None))
        {
            number++;
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
            {
                _lines.Add(new Line(trimmed, number));
            }
        }
    }

    public int Count => _lines.Count;

    /// <summary>The number of the last non-blank line.</summary>
    public int LastNumber => _lines.Count > 0 ? _lines[^1].Number : 0;

    public bool AtEnd => _index >= _lines.Count;

    public Line Current => _lines[_index];

    public void Next() => _index++;

    public bool All(Func<string, bool> predicate) => _lines.All(l => predicate(l.Text));

    /// <summary>Moves past the lines that match; returns how many it passed.</summary>
    public int Skip(Func<Line, bool> predicate)
    {
        var skipped = 0;
        while (!AtEnd && predicate(Current))
        {
            _index++;
            skipped++;
        }

        return skipped;
    }
}
