namespace NewsSite.Web.Articles;

/// <summary>Plain share links: no third-party script runs on the page.</summary>
public sealed record ShareLinks(string Url, string Headline)
{
    private string U => Uri.EscapeDataString(Url);

    private string T => Uri.EscapeDataString(Headline);

    public string X => $"https://x.com/intent/post?url={U}&text={T}";

    public string Facebook => $"https://www.facebook.com/sharer/sharer.php?u={U}";

    public string WhatsApp => $"https://wa.me/?text={T}%20{U}";

    public string LinkedIn => $"https://www.linkedin.com/sharing/share-offsite/?url={U}";

    public string Email => $"mailto:?subject={T}&body={U}";
}
