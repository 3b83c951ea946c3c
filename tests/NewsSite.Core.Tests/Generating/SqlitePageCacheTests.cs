using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsSite.Generating;

namespace NewsSite.Core.Tests.Generating;

public sealed class SqlitePageCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssite-pagecache-").FullName;

    // Pooled, as the site's connections are: a closed connection goes back to the pool with its settings.
    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(_folder, "store.db"),
        Pooling = true,
    }.ToString();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void The_next_user_of_a_pooled_connection_gets_its_own_cache_size_back()
    {
        long defaultSize;
        using (var connection = Open())
        {
            defaultSize = CacheSize(connection);
            using (SqlitePageCache.Enlarge(connection))
            {
                Assert.Equal(-64 * 1024, CacheSize(connection));
            }
        }

        using (var next = Open())
        {
            Assert.Equal(defaultSize, CacheSize(next));

            // What the test relies on: the pool does hand the same connection back, settings and all.
            SetCacheSize(next, defaultSize * 3);
        }

        using var third = Open();
        Assert.Equal(defaultSize * 3, CacheSize(third));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    private static long CacheSize(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void SetCacheSize(SqliteConnection connection, long size)
    {
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {size}");
        command.ExecuteNonQuery();
    }
}
