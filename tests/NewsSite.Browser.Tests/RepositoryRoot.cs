namespace NewsSite.Browser.Tests;

public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsSite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No NewsSite.sln above {AppContext.BaseDirectory}.");
    }
}
