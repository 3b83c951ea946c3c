using Microsoft.EntityFrameworkCore;
using NewsSite.Store;

namespace NewsSite.Core.Tests.Store;

/// <summary>A fresh SQLite file, migrated like production, deleted after the test.</summary>
internal sealed class TestStore : IDbContextFactory<NewsSiteDb>, IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssite-test-").FullName;
    private readonly DbContextOptions<NewsSiteDb> _options;

    private TestStore()
    {
        var builder = new DbContextOptionsBuilder<NewsSiteDb>();
        new StoreSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "store.db")};Pooling=False", _folder, true).Configure(builder);
        _options = builder.Options;
    }

    public static async Task<TestStore> CreateAsync()
    {
        var store = new TestStore();
        await using var db = store.CreateDbContext();
        await db.Database.MigrateAsync();
        return store;
    }

    public NewsSiteDb CreateDbContext() => new(_options);

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
