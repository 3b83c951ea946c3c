namespace NewsSite.Browser.Tests;

/// <summary>The pages every browser, accessibility and HTML check visits. Adding a page to check is one line here.</summary>
public static class ReaderPages
{
    public static IReadOnlyList<string> Paths { get; } =
    [
        "/",
    ];

    public static TheoryData<string> All => [.. Paths];

    public static TheoryData<string, string> AtEveryWidth =>
        [.. Paths.SelectMany(path => Viewport.All.Select(v => (path, v.Name)))];

    /// <summary>A file-name-safe name for a page: "/" is "home", "/news/a-story" is "news-a-story".</summary>
    public static string FileNameOf(string path)
    {
        var name = string.Concat(path.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        return name.Length == 0 ? "home" : name;
    }
}
