using System.Text.RegularExpressions;

namespace NewsSite.Articles;

/// <summary>Words that carry meaning: lower case, stop words dropped, plurals folded ("missiles" → "missile").</summary>
public static partial class Terms
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
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

    public static IEnumerable<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            var word = match.Value;
            if (word.Length < 3 || StopWords.Contains(word) || char.IsAsciiDigit(word[0]))
            {
                continue;
            }

            yield return Fold(word);
        }
    }

    public static int CountWords(string text) => string.IsNullOrEmpty(text) ? 0 : Word().Count(text);

    private static string Fold(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal) ? word
        : word.EndsWith('s') && word.Length > 3 ? word[..^1]
        : word;

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();
}
