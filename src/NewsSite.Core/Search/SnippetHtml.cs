using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace NewsSite.Search;

/// <summary>
/// Snippets travel as plain text with the matched words between two private-use characters, which no story contains
/// and no encoder touches; only here does the text become HTML: encoded first, then the markers turned into &lt;mark&gt;.
/// </summary>
public static partial class SnippetHtml
{
    public const char MarkStart = '\uE000';
    public const char MarkEnd = '\uE001';

    public static string FromMarkedText(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var text = MarkdownEscape().Replace(marked, "$1");
        var html = new StringBuilder(text.Length + 32);
        var open = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not (MarkStart or MarkEnd))
            {
                continue;
            }

            html.Append(HtmlEncoder.Default.Encode(text[start..i]));
            start = i + 1;

            // Markers are kept only where they pair up, so the HTML is always well formed.
            if (i < text.Length && text[i] == MarkStart && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            else if ((i == text.Length || text[i] == MarkEnd) && open)
            {
                html.Append("</mark>");
                open = false;
            }
        }

        return html.ToString();
    }

    // Bodies are Markdown, and imported text is escaped (see MarkdownText): readers should see "7*3", not "7\*3".
    [GeneratedRegex(@"\\([\\`*_\[\]<>|~#+\-=.)!])")]
    private static partial Regex MarkdownEscape();
}
