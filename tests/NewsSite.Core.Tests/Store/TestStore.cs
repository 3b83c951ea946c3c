using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsSite.Store;

namespace NewsSite.Core.Tests.Store;

/// <summary>A fresh SQLite file, migrated like production, deleted after the test.</summary>
internal sealed class TestStore : IDbContextFactory<NewsSiteDb>, IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssite-test-").FullName;
    private readonly DbContextOptions<NewsSiteDb> _options;

    private readonly StoreSettings _settings;

    private TestStore()
    {
        _settings = new StoreSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "store.db")};Pooling=False", _folder, true);
        var builder = new DbContextOptionsBuilder<NewsSiteDb>();
        _settings.Configure(builder);
        _options = builder.Options;
    }

    public string ConnectionString => _settings.ConnectionString;

    public static async Task<TestStore> CreateAsync()
    {
        var store = new TestStore();
        await using var db = store.CreateDbContext();
        await db.Database.MigrateAsync();
        return store;
    }

    public NewsSiteDb CreateDbContext() => new(_options);

    /// <summary>A context whose commands pass through <paramref name="interceptors"/>.</summary>
    public NewsSiteDb CreateDbContext(params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<NewsSiteDb>();
        _settings.Configure(builder);
        return new(builder.AddInterceptors(interceptors).Options);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
