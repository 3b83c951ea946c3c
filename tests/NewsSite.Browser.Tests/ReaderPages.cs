namespace NewsSite.Browser.Tests;

/// <summary>The pages every browser, accessibility and HTML check visits. Adding a page to check is one line here.</summary>
public static class ReaderPages
{
    public const string SeedStory = "/news/n-korea-has-supplied-7000-containers-of-munitions-to-russia-s-korean-defence";

    /// <summary>Each page with the status it must answer: the designed 404 page is checked like any other.</summary>
    public static IReadOnlyDictionary<string, int> Statuses { get; } = new Dictionary<string, int>
    {
        ["/"] = 200,
        [SeedStory] = 200,
        ["/news/lal-krishna-advani-hospitalised-at-delhis-apollo-hospital"] = 200,
        ["/section/world"] = 200,
        ["/search?q=korea"] = 200,
        ["/no-such-page"] = 404,
        // The newsroom's first-run form: the browser site has no user, so it is the admin page anyone can reach.
        ["/admin/setup"] = 200,
    };

    public static IReadOnlyList<string> Paths { get; } = [.. Statuses.Keys];

    public static int StatusOf(string path) => Statuses.GetValueOrDefault(path, 200);

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
