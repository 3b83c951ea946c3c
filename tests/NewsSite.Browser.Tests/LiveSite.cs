using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace NewsSite.Browser.Tests;

/// <summary>The real site on Kestrel at a real http://127.0.0.1 port, on a fresh SQLite store that seeds itself from seeds/.</summary>
public sealed class LiveSite : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("newssite-browser-").FullName;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Configuration keys set as a deployment sets them (<c>Admin:Email</c>, <c>Site:RelatedCount</c>).</param>
    public LiveSite(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        // A browser cannot reach the in-memory TestServer: bind a free port instead.
        UseKestrel(0);
        StartServer();
        using var client = CreateClient();
        BaseAddress = client.BaseAddress ?? throw new InvalidOperationException("Kestrel started without an address.");
    }

    public Uri BaseAddress { get; }

    public Uri UrlOf(string path) => new(BaseAddress, path);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:Folder", _dataFolder);
        builder.UseSetting("ConnectionStrings:NewsSite", $"Data Source={Path.Combine(_dataFolder, "store.db")}");
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
