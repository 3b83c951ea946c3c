namespace NewsSite.Feeds;

/// <summary>
/// How the site's URLs split into sitemap files: the home page, then the sections, then the articles newest first,
/// at most <paramref name="UrlsPerFile"/> to a file. With more URLs than one file holds, /sitemap.xml becomes an index.
/// </summary>
internal sealed record SitemapPlan(int SectionCount, int ArticleCount, int UrlsPerFile)
{
    /// <summary>The sitemaps protocol's limit per file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    public int PageCount => Math.Max(1, (int)Math.Ceiling((double)Total / UrlsPerFile));

    public bool NeedsIndex => Total > UrlsPerFile;

    private int Fixed => 1 + SectionCount;

    private int Total => Fixed + ArticleCount;

    public bool HasPage(int page) => page >= 1 && page <= PageCount;

    private int Start(int page) => (page - 1) * UrlsPerFile;

    private int End(int page) => Math.Min(Start(page) + UrlsPerFile, Total);

    /// <summary>Whether the page carries the home page and the sections (only the first one does, unless files are tiny).</summary>
    public bool HasFixedPages(int page) => Start(page) < Fixed;

    /// <summary>The slice of the fixed pages (0 is home, then sections in order) this page carries.</summary>
    public Range FixedRange(int page) => Math.Min(Start(page), Fixed)..Math.Min(End(page), Fixed);

    public int ArticlesToSkip(int page) => Math.Max(0, Start(page) - Fixed);

    public int ArticlesToTake(int page) => Math.Max(0, End(page) - Math.Max(Start(page), Fixed));
}
