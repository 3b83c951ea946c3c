namespace NewsSite.Web.Stories;

/// <summary>
/// The slug in a line an editor types or pastes to name a story: the slug itself, the reader's path
/// (<c>/news/slug</c>) or the whole URL from the browser's address bar, with or without a query or fragment.
/// </summary>
public static class StoryAddress
{
    private const string ArticlePath = "/news/";

    public static string? SlugOf(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            text = url.AbsolutePath;
        }

        text = text.Split('?', '#')[0].TrimEnd('/');
        var path = text.IndexOf(ArticlePath, StringComparison.OrdinalIgnoreCase);
        if (path >= 0)
        {
            text = text[(path + ArticlePath.Length)..];
        }
        else if (text.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        text = Uri.UnescapeDataString(text).Trim().ToLowerInvariant();
        return text.Length is > 0 and <= NewsSite.Articles.ArticleLimits.Slug && !text.Contains('/', StringComparison.Ordinal) ? text : null;
    }
}
