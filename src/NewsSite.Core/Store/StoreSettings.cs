using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace NewsSite.Store;

/// <summary>
/// Where the store lives, read from configuration: <c>Database:Provider</c> (Sqlite or SqlServer),
/// <c>ConnectionStrings:NewsSite</c>, <c>Data:Folder</c> and <c>Database:MigrateOnStart</c>.
/// </summary>
public sealed record StoreSettings(DatabaseProvider Provider, string ConnectionString, string DataFolder, bool MigrateOnStart)
{
    public const string SqliteMigrationsAssembly = "NewsSite.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "NewsSite.Migrations.SqlServer";

    // Design-time tools (dotnet ef) need a connection string to build the model but never open it.
    private const string DesignTimeSqlServer = "Server=design-time-only;Database=NewsSite;Trusted_Connection=True;TrustServerCertificate=True";

    public static StoreSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerName))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerName, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerName}'; it must be 'Sqlite' or 'SqlServer'.");
        }

        var dataFolder = Path.GetFullPath(configuration["Data:Folder"] is { Length: > 0 } folder ? folder : "data", contentRoot);
        var migrateOnStart = configuration.GetValue("Database:MigrateOnStart", defaultValue: true);
        var connectionString = configuration.GetConnectionString("NewsSite");

        if (provider == DatabaseProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString ?? "");
            builder.DataSource = string.IsNullOrEmpty(builder.DataSource)
                ? Path.Combine(dataFolder, "newssite.db")
                : builder.DataSource == ":memory:" ? builder.DataSource : Path.GetFullPath(builder.DataSource, contentRoot);
            connectionString = builder.ToString();
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = EF.IsDesignTime
                ? DesignTimeSqlServer
                : throw new InvalidOperationException(
                    "Database:Provider is SqlServer but ConnectionStrings:NewsSite is not set (environment: ConnectionStrings__NewsSite).");
        }

        return new StoreSettings(provider, connectionString, dataFolder, migrateOnStart);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.SqlServer)
        {
            options.UseSqlServer(ConnectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly));
        }
        else
        {
            options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        }
    }

    /// <summary>The SQLite file's folder, which must exist before the first connection.</summary>
    public void EnsureSqliteFolder()
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        if (file != ":memory:" && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
