using System.Text;

namespace NewsSite.Articles;

/// <summary>
/// A headline folded so that the same story matches however a page typed it:
/// case, typographic quotes and runs of white space do not count.
/// </summary>
public static class HeadlineKey
{
    public static string From(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        var key = new StringBuilder(headline.Length);
        var space = false;
        foreach (var c in headline.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = key.Length > 0;
                continue;
            }

            if (space)
            {
                key.Append(' ');
                space = false;
            }

            key.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return key.Length > ArticleLimits.Headline ? key.ToString(0, ArticleLimits.Headline) : key.ToString();
    }
}
