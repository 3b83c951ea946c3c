namespace NewsSite.Articles;

/// <summary>A story's summary when no editor wrote one: its opening, cut at a word near the limit.</summary>
public static class Summary
{
    public const int DefaultLength = 240;

    public static string From(string opening, int maxLength = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var text = opening.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        var head = cut > maxLength / 2 ? text[..cut] : text[..(maxLength - 1)];
        return head.TrimEnd(',', ';', ':', '-', ' ') + "…";
    }
}
