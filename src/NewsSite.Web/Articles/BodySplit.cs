namespace NewsSite.Web.Articles;

/// <summary>Where the in-article ad goes: after the n-th top-level paragraph of the rendered body.</summary>
public static class BodySplit
{
    /// <returns>
    /// The length of the body up to the end of the n-th paragraph, or null when nothing but white space follows it
    /// (or the body has fewer paragraphs).
    /// </returns>
    public static int? AfterParagraph(string html, int paragraph)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (paragraph < 1)
        {
            return null;
        }

        var index = 0;
        for (var i = 0; i < paragraph; i++)
        {
            var end = html.IndexOf("</p>", index, StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            index = end + "</p>".Length;
        }

        return html.AsSpan(index).IsWhiteSpace() ? null : index;
    }
}
