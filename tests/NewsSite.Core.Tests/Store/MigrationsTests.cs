using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsSite.Core.Tests.Importing;
using NewsSite.Store;

namespace NewsSite.Core.Tests.Store;

public class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.SqlServer, "Server=no-such-server;Database=NewsSite;Trusted_Connection=True;TrustServerCertificate=True")]
    public void MigrationsAreUpToDate(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<NewsSiteDb>();
        new StoreSettings(provider, connectionString, ".", true).Configure(builder);
        using var db = new NewsSiteDb(builder.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes no {provider} migration covers: add one (see src/NewsSite.Migrations.{provider}/README.md).");
    }

    [Fact]
    public void The_SQL_Server_migrations_script_as_idempotent_SQL_without_a_server()
    {
        var builder = new DbContextOptionsBuilder<NewsSiteDb>();
        new StoreSettings(DatabaseProvider.SqlServer, "Server=no-such-server;Database=NewsSite;TrustServerCertificate=True", ".", true).Configure(builder);
        using var db = new NewsSiteDb(builder.Options);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Articles]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Articles_Slug]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SQLite_migrations_build_a_fresh_store_with_sections_and_ad_slots()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(["India", "World", "Business", "Sports", "Entertainment"], await db.Sections.OrderBy(s => s.Position).Select(s => s.Name).ToListAsync());
        Assert.Equal(6, await db.AdSlots.CountAsync());
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Saving_an_article_renews_its_concurrency_stamp_and_a_stale_save_is_refused()
    {
        await using var store = await TestStore.CreateAsync();
        var importer = ImporterTests.Importer(store);
        await importer.ImportFileAsync(SeedFiles.First, dryRun: false);

        await using var first = store.CreateDbContext();
        await using var second = store.CreateDbContext();
        var mine = await first.Articles.OrderBy(a => a.Id).FirstAsync();
        var theirs = await second.Articles.OrderBy(a => a.Id).FirstAsync();
        var stamp = mine.ConcurrencyStamp;

        mine.Byline = "First editor";
        await first.SaveChangesAsync();
        theirs.Byline = "Second editor";

        Assert.NotEqual(stamp, mine.ConcurrencyStamp);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
