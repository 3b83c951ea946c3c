using System.Buffers;
using System.Text;

namespace NewsSite.Articles;

/// <summary>Plain text turned into Markdown that renders as the same text: nothing in it becomes a list, a link or HTML.</summary>
public static class MarkdownText
{
    // The chars Markdown could read as markup anywhere in a line.
    private static readonly SearchValues<char> Markup = SearchValues.Create("\\`*_[]<>|~");

    public static string FromParagraphs(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(Escape));

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan().ContainsAny(Markup) ? EscapeMarkup(text) : text;

        // A paragraph that opens like a heading, a list or a numbered list would turn into one.
        if (s.Length > 0 && s[0] is '#' or '-' or '+' or '=')
        {
            return "\\" + s;
        }

        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < s.Length && s[digits] is '.' or ')' ? s[..digits] + "\\" + s[digits..] : s;
    }

    private static string EscapeMarkup(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Markup.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
