using System.Text;

namespace NewsSite.Articles;

/// <summary>Plain text turned into Markdown that renders as the same text: nothing in it becomes a list, a link or HTML.</summary>
public static class MarkdownText
{
    public static string FromParagraphs(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(Escape));

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // A paragraph that opens like a heading, a list or a numbered list would turn into one.
        var s = escaped.ToString();
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
}
