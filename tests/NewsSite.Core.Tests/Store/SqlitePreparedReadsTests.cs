using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Core.Tests.Store;

public sealed class SqlitePreparedReadsTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private SqlitePreparedReads _reads = null!;

    public async ValueTask InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _reads = new SqlitePreparedReads(_store.ConnectionString, maxConnections: 2);
        await using var db = _store.CreateDbContext();
        var sectionId = await db.Sections.Select(s => s.Id).FirstAsync();
        var now = DateTime.UtcNow;
        foreach (var headline in new[] { "Alpha rises", "Beta falls", "Gamma holds" })
        {
            db.Articles.Add(new Article
            {
                Slug = headline.ToLowerInvariant().Replace(' ', '-'),
                Headline = headline,
                HeadlineKey = headline.ToLowerInvariant(),
                Body = $"{headline}, the desk reports.",
                SectionId = sectionId,
                Status = ArticleStatus.Published,
                PublishedAt = now.AddMinutes(-1),
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _reads.Dispose();
        await _store.DisposeAsync();
    }

    private async Task<List<string>> FirstHeadlinesAsync(int count)
    {
        await using var db = _store.CreateDbContext(_reads);
        return await db.Articles.AsNoTracking().OrderBy(a => a.Headline).Take(count).Select(a => a.Headline).ToListAsync();
    }

    [Fact]
    public async Task A_read_run_again_with_new_values_reuses_its_statement_without_compiling_it_again()
    {
        Assert.Equal(["Alpha rises"], await FirstHeadlinesAsync(1));
        Assert.Equal(["Alpha rises", "Beta falls"], await FirstHeadlinesAsync(2));

        // The LIMIT is a parameter: SQLite would re-compile on each new value unless told to keep its plan.
        var statement = Assert.Single(_reads.PreparedStatements(), s => s.Sql.Contains("LIMIT", StringComparison.Ordinal));
        Assert.Equal(2, statement.Runs);
        Assert.Equal(0, statement.Recompiles);
    }

    [Fact]
    public async Task A_read_sees_what_another_context_committed_just_before()
    {
        Assert.Equal(["Alpha rises"], await FirstHeadlinesAsync(1));

        await using (var editor = _store.CreateDbContext())
        {
            var story = await editor.Articles.SingleAsync(a => a.Headline == "Alpha rises");
            story.Headline = "Aardvark escapes";
            await editor.SaveChangesAsync();
        }

        Assert.Equal(["Aardvark escapes"], await FirstHeadlinesAsync(1));
    }

    [Fact]
    public async Task A_read_inside_a_transaction_sees_the_transaction_and_is_not_prepared_apart()
    {
        await using var db = _store.CreateDbContext(_reads);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var story = await db.Articles.SingleAsync(a => a.Headline == "Beta falls");
        db.Articles.Remove(story);
        await db.SaveChangesAsync();

        // On another connection the uncommitted delete would not show.
        Assert.Equal(2, await db.Articles.CountAsync());
        await transaction.RollbackAsync();

        Assert.Equal(3, await db.Articles.CountAsync());
        // Only the count made after the rollback ran on a kept connection.
        Assert.Equal(1, Assert.Single(_reads.PreparedStatements(), s => s.Sql.Contains("COUNT", StringComparison.Ordinal)).Runs);
    }

    [Fact]
    public async Task A_read_using_a_function_only_EF_connections_have_still_runs()
    {
        // EF registers regexp() on its own connections only; the kept ones cannot prepare this statement.
        await using var db = _store.CreateDbContext(_reads);

        foreach (var pattern in new[] { "^[AB]", "^B" })
        {
            var headlines = await db.Articles.Where(a => Regex.IsMatch(a.Headline, pattern)).OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync();
            Assert.Equal(pattern == "^B" ? ["Beta falls"] : ["Alpha rises", "Beta falls"], headlines);
        }

        Assert.DoesNotContain(_reads.PreparedStatements(), s => s.Sql.Contains("regexp", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task More_reads_at_once_than_kept_connections_all_get_their_rows()
    {
        var reads = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => FirstHeadlinesAsync(i % 3 + 1))));

        for (var i = 0; i < reads.Length; i++)
        {
            Assert.Equal(i % 3 + 1, reads[i].Count);
        }

        Assert.InRange(_reads.PreparedStatements().Count, 1, 2);
    }

    [Theory]
    [InlineData("Data Source=store.db", true)]
    [InlineData("Data Source=:memory:", false)]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared", false)]
    public void Only_stores_in_a_file_keep_connections_of_their_own(string connectionString, bool suits) =>
        Assert.Equal(suits, SqlitePreparedReads.Suits(connectionString));
}
