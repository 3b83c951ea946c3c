namespace NewsSite.Web.Articles;

/// <summary>Where the in-article ad goes: after the n-th top-level paragraph of the rendered body.</summary>
/// <remarks>
/// The body is the sanitizer's serialized HTML: every element but a void one has its end tag, and text holds no raw
/// "&lt;". So counting start and end tags tells the depth, and a paragraph inside a quote, a list item or a table
/// cell is not one the ad may follow (the ad would land inside that element).
/// </remarks>
public static class BodySplit
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidElements =
        new HashSet<string>(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <returns>
    /// The length of the body up to the end of the n-th top-level paragraph, or null when nothing but white space
    /// follows it (or the body has fewer top-level paragraphs).
    /// </returns>
    public static int? AfterParagraph(string html, int paragraph)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (paragraph < 1)
        {
            return null;
        }

        var depth = 0;
        var seen = 0;
        var index = html.IndexOf('<', StringComparison.Ordinal);
        while (index >= 0)
        {
            var end = TagEnd(html, index);
            if (end < 0)
            {
                return null;
            }

            var closing = index + 1 < html.Length && html[index + 1] == '/';
            var name = TagName(html, closing ? index + 2 : index + 1);
            if (closing)
            {
                depth--;
                if (depth == 0 && name.Equals("p", StringComparison.OrdinalIgnoreCase) && ++seen == paragraph)
                {
                    return html.AsSpan(end).IsWhiteSpace() ? null : end;
                }
            }
            else if (name.Length > 0 && !VoidElements.Contains(name) && html[end - 2] != '/')
            {
                depth++;
            }

            index = html.IndexOf('<', end);
        }

        return null;
    }

    // Just past the tag's ">", skipping quoted attribute values (they may hold ">"); a comment ends at "-->".
    private static int TagEnd(string html, int start)
    {
        if (html.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 3;
        }

        char? quote = null;
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                quote = c == q ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<char> TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        return html.AsSpan(start, end - start);
    }
}
