using System.IO.Compression;

namespace NewsSite.Web.Tests.Pages;

public sealed class PageWeightTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task The_article_page_is_under_40_KB_of_HTML()
    {
        using var client = _site.CreateClient();
        var html = await client.GetByteArrayAsync(new Uri("/news/" + Stories.SeedSlug, UriKind.Relative));

        Assert.True(html.Length < 40 * 1024, $"The article page is {html.Length:N0} bytes of HTML.");
    }

    [Fact]
    public async Task Stylesheet_and_script_together_are_under_30_KB_compressed_and_come_from_this_site()
    {
        using var client = _site.CreateClient();
        var page = await _site.GetPageAsync("/news/" + Stories.SeedSlug);
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)).ToList();

        Assert.All(assets, a => Assert.StartsWith("/", a, StringComparison.Ordinal));
        long compressed = 0;
        foreach (var asset in assets)
        {
            var bytes = await client.GetByteArrayAsync(new Uri(asset, UriKind.Relative));
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                await gzip.WriteAsync(bytes);
            }

            compressed += buffer.Length;
        }

        Assert.True(compressed < 30 * 1024, $"CSS and JS weigh {compressed:N0} bytes gzipped.");
        Assert.Empty(page.QuerySelectorAll("script[src]:not([defer]):not([async])"));
    }
}
