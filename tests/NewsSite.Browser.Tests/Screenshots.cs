using Microsoft.Playwright;

namespace NewsSite.Browser.Tests;

/// <summary>Full-page screenshots for a person to look at: NEWSSITE_ARTIFACTS, or artifacts/screenshots (git ignores it).</summary>
public static class Screenshots
{
    public static string Folder { get; } =
        Environment.GetEnvironmentVariable("NEWSSITE_ARTIFACTS") is { Length: > 0 } folder
            ? System.IO.Path.GetFullPath(folder)
            : System.IO.Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    public static async Task<string> SaveAsync(IPage tab, string path, Viewport viewport)
    {
        Directory.CreateDirectory(Folder);
        var file = System.IO.Path.Combine(Folder, $"{ReaderPages.FileNameOf(path)}-{viewport.Name}.png");
        await tab.ScreenshotAsync(new() { Path = file, FullPage = true });
        return file;
    }
}
