using Microsoft.Extensions.Options;
using NewsSite.Search;
using NewsSite.Store;

namespace NewsSite.Core.Tests.Search;

/// <summary>The search engines as the site makes them; a test may lower the bound on ranked matches.</summary>
internal static class Engines
{
    public static SqliteArticleSearch Sqlite(NewsSiteDb db, int newestMatches = SearchOptions.DefaultNewestMatches) =>
        new(db, Options.Create(new SearchOptions { NewestMatches = newestMatches }));

    public static SqlServerArticleSearch SqlServer(NewsSiteDb db, int newestMatches = SearchOptions.DefaultNewestMatches) =>
        new(db, Options.Create(new SearchOptions { NewestMatches = newestMatches }));
}
