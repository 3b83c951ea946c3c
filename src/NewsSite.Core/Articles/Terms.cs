using System.Runtime.InteropServices;

namespace NewsSite.Articles;

/// <summary>Words that carry meaning: lower case, stop words dropped, plurals folded ("missiles" → "missile").</summary>
/// <remarks>
/// A word is what the pattern <c>\p{L}[\p{L}\p{N}]*</c> matches, one UTF-16 char at a time: a letter, then letters
/// and numbers. Read with a scanner rather than that regex: every save, and every generated story, reads its whole
/// body here, and matching allocated a match and a string per word.
/// </remarks>
public static class Terms
{
    internal static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before",
        "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each", "for", "from", "had",
        "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "last", "more",
        "most", "mr", "ms", "new", "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out", "over", "said",
        "says", "she", "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "two", "under", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "will", "with", "would", "year", "years", "you", "your", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "told", "according", "amid", "around", "still", "just", "like", "may", "many", "much",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int CountWords(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var words = 0;
        for (var at = 0; NextWord(text, ref at, out _);)
        {
            words++;
        }

        return words;
    }

    /// <summary>Adds <paramref name="weight"/> to the count of each of the text's terms, every time it occurs.</summary>
    public static void Count(string text, int weight, Dictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counts);
        var spans = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var at = 0; NextWord(text, ref at, out var word);)
        {
            if (word.Length < 3)
            {
                continue;
            }

            var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            for (var i = 0; i < word.Length; i++)
            {
                lower[i] = char.ToLowerInvariant(word[i]);
            }

            if (StopWordSpans.Contains(lower))
            {
                continue;
            }

            var term = Fold(lower);
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(spans, term, out _);
            count += weight;
        }
    }

    // The next word at or after `at`; `at` moves past it.
    private static bool NextWord(ReadOnlySpan<char> text, ref int at, out ReadOnlySpan<char> word)
    {
        while (at < text.Length && !IsLetter(text[at]))
        {
            at++;
        }

        var start = at;
        if (at < text.Length)
        {
            at++;
            while (at < text.Length && (IsLetter(text[at]) || IsNumber(text[at])))
            {
                at++;
            }
        }

        word = text[start..at];
        return word.Length > 0;
    }

    // \p{L} and \p{N}: char.IsLetter and char.IsNumber are those categories (TermsTests checks every char).
    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c > '\x7f' && char.IsLetter(c));

    private static bool IsNumber(char c) => char.IsAsciiDigit(c) || (c > '\x7f' && char.IsNumber(c));

    // The word is lower case and three letters or more; folding only shortens it, in place.
    private static ReadOnlySpan<char> Fold(Span<char> word)
    {
        if (word.EndsWith("ies") && word.Length > 4)
        {
            word[^3] = 'y';
            return word[..^2];
        }

        return word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is") ? word
            : word.EndsWith('s') && word.Length > 3 ? word[..^1]
            : word;
    }
}
