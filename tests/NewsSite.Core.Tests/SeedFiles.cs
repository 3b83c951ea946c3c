namespace NewsSite.Core.Tests;

/// <summary>The real seed pages from the repository's <c>seeds/</c>, copied beside the tests.</summary>
internal static class SeedFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static string First => Path.Combine(Folder, "000_d5342039318a5e7e.txt");
}
