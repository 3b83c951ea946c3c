using Microsoft.EntityFrameworkCore;
using NewsSite.Search;
using NewsSite.Store;

namespace NewsSite.Core.Tests.Search;

// No SQL Server here: these check that the query translates (no client evaluation) and says what it should.
public class SqlServerArticleSearchTests
{
    [Fact]
    public void The_query_needs_every_term_and_ranks_headline_matches_then_the_newest_among_the_newest_matches()
    {
        var builder = new DbContextOptionsBuilder<NewsSiteDb>();
        new StoreSettings(DatabaseProvider.SqlServer, "Server=no-such-server;Database=NewsSite;TrustServerCertificate=True", ".", true).Configure(builder);
        using var db = new NewsSiteDb(builder.Options);

        var sql = Engines.SqlServer(db).Ranked(SearchQuery.Parse("korea missile"), DateTime.UtcNow, 1000).Select(a => a.Id).ToQueryString();

        Assert.Contains("@term", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("'korea'", sql, StringComparison.Ordinal);
        Assert.Contains("[a].[Status] <> 0 AND [a].[Status] <> 3", sql, StringComparison.Ordinal);
        Assert.Matches(@"SELECT TOP\(@p\)[\s\S]*ORDER BY \[a\]\.\[PublishedAt\] DESC, \[a\]\.\[Id\] DESC\s*\) AS \[a0\]", sql);
        Assert.Matches(@"ORDER BY CASE[\s\S]*\[a0\]\.\[Headline\][\s\S]*\[a0\]\.\[PublishedAt\] DESC, \[a0\]\.\[Id\] DESC$", sql);
    }
}
