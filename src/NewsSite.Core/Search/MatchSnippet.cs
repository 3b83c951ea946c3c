using System.Text;

namespace NewsSite.Search;

/// <summary>
/// A passage around the first match, with every match in it marked (<see cref="SnippetHtml.MarkStart"/>), for engines
/// that have no snippet function of their own. Terms match at the start of a word, as FTS5 prefix queries do; a term
/// found only inside words (LIKE finds those too) still anchors the passage.
/// </summary>
public static class MatchSnippet
{
    public const int DefaultLength = 200;

    private static readonly char[] Spaces = [' ', '\n', '\r', '\t'];

    /// <summary>The passage from the first of <paramref name="texts"/> that holds a term, else the opening of the first non-empty one.</summary>
    public static string FromFirstMatching(IReadOnlyList<string> terms, params string?[] texts)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var text in texts)
        {
            if (!string.IsNullOrEmpty(text) && Matches(text, terms).Count > 0)
            {
                return Around(text, terms);
            }
        }

        return Around(texts.FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? "", terms);
    }

    public static string Around(string text, IReadOnlyList<string> terms, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var matches = Matches(text, terms);
        var start = matches.Count == 0 ? 0 : WordStartAtOrAfter(text, matches[0].Index - (length / 4), matches[0].Index);
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length && text.LastIndexOfAny(Spaces, end - 1, end - start) is var space && space > start + (length / 2))
        {
            end = space;
        }

        var passage = new StringBuilder(length + 8);
        if (start > 0)
        {
            passage.Append('…');
        }

        var at = start;
        foreach (var (index, matchLength) in matches)
        {
            if (index < at || index + matchLength > end)
            {
                continue;
            }

            passage.Append(text, at, index - at).Append(SnippetHtml.MarkStart)
                .Append(text, index, matchLength).Append(SnippetHtml.MarkEnd);
            at = index + matchLength;
        }

        passage.Append(text, at, end - at);
        if (end < text.Length)
        {
            passage.Append('…');
        }

        return CollapseSpace(passage.ToString());
    }

    private static List<(int Index, int Length)> Matches(string text, IReadOnlyList<string> terms)
    {
        var atWordStart = new List<(int Index, int Length)>();
        var anywhere = new List<(int Index, int Length)>();
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                (i == 0 || !char.IsLetterOrDigit(text[i - 1]) ? atWordStart : anywhere).Add((i, term.Length));
            }
        }

        var found = atWordStart.Count > 0 ? atWordStart : anywhere;
        return [.. found.OrderBy(m => m.Index).ThenByDescending(m => m.Length)];
    }

    // The passage opens on a whole word, never after the match itself.
    private static int WordStartAtOrAfter(string text, int from, int limit)
    {
        if (from <= 0)
        {
            return 0;
        }

        var space = text.IndexOfAny(Spaces, from, limit - from);
        return space < 0 ? limit : space + 1;
    }

    private static string CollapseSpace(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                collapsed.Append(c);
            }
            else if (collapsed.Length > 0 && collapsed[^1] != ' ')
            {
                collapsed.Append(' ');
            }
        }

        return collapsed.ToString().TrimEnd();
    }
}
