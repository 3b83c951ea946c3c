using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace NewsSite.Web.Tests;

/// <summary>The real site on its own fresh SQLite store in a temporary folder; it seeds itself from the repository's seeds/.</summary>
public class NewsSiteFactory : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("newssite-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:Folder", DataFolder);
        builder.UseSetting("ConnectionStrings:NewsSite", $"Data Source={Path.Combine(DataFolder, "store.db")}");
        builder.UseEnvironment("Testing");
    }

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var (status, page) = await GetAsync(url);
        Assert.True(status == System.Net.HttpStatusCode.OK, $"GET {url} answered {(int)status}");
        return page;
    }

    /// <summary>Any answer, parsed as HTML, without following redirects.</summary>
    public async Task<(System.Net.HttpStatusCode Status, IHtmlDocument Page)> GetAsync(string url)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
