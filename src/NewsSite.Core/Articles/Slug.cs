using System.Globalization;
using System.Text;

namespace NewsSite.Articles;

/// <summary>Readable URL parts made from headlines and names: "Lal Krishna Advani hospitalised" → "lal-krishna-advani-hospitalised".</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var slug = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (IsSilent(folded, i))
            {
                continue;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return Shorten(slug.ToString(), maxLength);
    }

    /// <summary>The slug with a counter, for when the plain one is taken: "budget-2025" → "budget-2025-2".</summary>
    public static string WithSuffix(string slug, int counter)
    {
        var suffix = "-" + counter.ToString(CultureInfo.InvariantCulture);
        return Shorten(slug, MaxLength - suffix.Length) + suffix;
    }

    // Apostrophes vanish ("Delhi's" → "delhis") and so do thousands separators ("7,000" → "7000").
    private static bool IsSilent(string text, int i) =>
        text[i] is '\'' or '\u2019' or '\u2018' ||
        (text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c switch { 'ß' => "ss", 'æ' => "ae", 'ø' => "o", 'đ' => "d", 'ł' => "l", _ => c.ToString() });
            }
        }

        return folded.ToString();
    }

    private static string Shorten(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', maxLength);
        return (cut > maxLength / 2 ? slug[..cut] : slug[..maxLength]).TrimEnd('-');
    }
}
