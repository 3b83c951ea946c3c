namespace NewsSite.Web.Articles;

/// <summary>Where the in-article ad goes: after the n-th top-level paragraph of the rendered body.</summary>
public static class BodySplit
{
    /// <returns>The body before and after the n-th paragraph, or null when the body is not longer than that.</returns>
    public static (string Before, string After)? AfterParagraph(string html, int paragraph)
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

        var after = html[index..];
        return after.Trim().Length == 0 ? null : (html[..index], after);
    }
}
