namespace NewsSite.Browser.Tests;

/// <summary>
/// The newsroom's pages every accessibility and HTML check visits, signed in as an Admin. A page of one story, tag,
/// section, creative or revision names it with a placeholder that <see cref="Newsroom.NewsroomSite.PathOf"/> fills in.
/// </summary>
public static class AdminPages
{
    public const string SignIn = "/admin/sign-in";

    public static IReadOnlyList<string> Paths { get; } =
    [
        "/admin",
        "/admin/stories",
        "/admin/stories/new",
        "/admin/stories/{story}/edit",
        "/admin/stories/{story}/preview",
        "/admin/stories/{story}/revisions",
        "/admin/stories/{story}/revisions/{revision}",
        "/admin/stories/{story}/delete",
        "/admin/sections",
        "/admin/sections/edit/{section}",
        "/admin/tags",
        "/admin/tags/{tag}",
        "/admin/ads",
        "/admin/ads/edit/{creative}",
        "/admin/import",
        "/admin/users",
        "/admin/users/new",
        "/admin/audit",
        "/admin/settings",
        // Seen by someone not signed in yet.
        SignIn,
    ];

    public static bool IsSignedIn(string page) => page != SignIn;

    public static TheoryData<string, string> AtEveryWidth =>
        [.. Paths.SelectMany(page => Viewport.All.Select(v => (page, v.Name)))];
}
