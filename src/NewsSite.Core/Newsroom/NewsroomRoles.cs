namespace NewsSite.Newsroom;

/// <summary>The newsroom's roles, from the most trusted down; each newsroom user holds exactly one.</summary>
public static class NewsroomRoles
{
    /// <summary>Runs the newsroom's accounts and everything editors can do.</summary>
    public const string Admin = "Admin";

    /// <summary>Edits and publishes any story.</summary>
    public const string Editor = "Editor";

    /// <summary>Writes stories.</summary>
    public const string Author = "Author";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor, Author];

    public static bool IsRole(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);
}
