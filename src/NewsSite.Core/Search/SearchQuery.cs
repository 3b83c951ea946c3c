using System.Text.RegularExpressions;

namespace NewsSite.Search;

/// <summary>
/// A reader's query reduced to plain words, since it is untrusted: operators, quotes, brackets, wildcards, column
/// filters (<c>title:</c>) and symbols are dropped, so no engine ever sees its syntax.
/// </summary>
public sealed partial record SearchQuery(string Text, IReadOnlyList<string> Terms)
{
    public const int MaxLength = 200;
    public const int MaxTerms = 10;

    public static readonly SearchQuery Empty = new("", []);

    // Upper case only, as FTS5 reads them: "not" in lower case is an ordinary word.
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "NEAR" };

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var trimmed = Cap((text ?? "").Trim()).Trim();
        var terms = new List<string>();
        foreach (Match word in Word().Matches(trimmed))
        {
            var end = word.Index + word.Length;
            var isColumnFilter = end + 1 < trimmed.Length && trimmed[end] == ':' && !char.IsWhiteSpace(trimmed[end + 1]);
            if (isColumnFilter || Operators.Contains(word.Value))
            {
                continue;
            }

            var term = word.Value.ToLowerInvariant();
            if (!terms.Contains(term))
            {
                terms.Add(term);
            }

            if (terms.Count == MaxTerms)
            {
                break;
            }
        }

        return new SearchQuery(trimmed, terms);
    }

    /// <summary>
    /// The terms as an FTS5 match expression: each one quoted, all required, the last matched as a prefix
    /// (so results come while the reader is still typing a word), or, given <paramref name="lastTermWords"/> (the
    /// index's words that begin with it), as any one of those words.
    /// </summary>
    public string ToFts5Match(IReadOnlyList<string>? lastTermWords = null)
    {
        var terms = Terms.Select(Quoted).ToList();
        if (terms.Count > 0)
        {
            terms[^1] = lastTermWords switch
            {
                null or [] => terms[^1] + "*",
                [var word] => Quoted(word),
                _ => "(" + string.Join(" OR ", lastTermWords.Select(Quoted)) + ")",
            };
        }

        return string.Join(" AND ", terms);
    }

    private static string Quoted(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Cap(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        // Never cut an emoji (a surrogate pair) in half.
        return char.IsHighSurrogate(text[MaxLength - 1]) ? text[..(MaxLength - 1)] : text[..MaxLength];
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{M}]*")]
    private static partial Regex Word();
}
