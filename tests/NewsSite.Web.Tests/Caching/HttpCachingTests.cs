using System.Net;
using System.Net.Http.Headers;

using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Caching;

public sealed class HttpCachingTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("/news/" + Stories.SeedSlug)]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    public async Task Articles_and_feeds_answer_304_when_the_reader_has_the_current_version(string url)
    {
        using var client = _site.CreateClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_changed_article_gets_a_new_ETag_and_a_Last_Modified()
    {
        using var client = _site.CreateClient();
        using var before = await client.GetAsync(new Uri("/news/" + Stories.SeedSlug, UriKind.Relative));
        Assert.Equal(new DateTimeOffset(2024, 3, 18, 0, 0, 0, TimeSpan.Zero), before.Content.Headers.LastModified);

        await Stories.ChangeAsync(_site, Stories.SeedSlug, a => a.Byline = "Kim Tong-hyung");
        using var after = await client.GetAsync(new Uri("/news/" + Stories.SeedSlug, UriKind.Relative));

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Theory]
    [InlineData("/", "br")]
    [InlineData("/feed.rss", "gzip")]
    [InlineData("/sitemap.xml", "br")]
    public async Task Pages_and_feeds_are_compressed(string url, string encoding)
    {
        using var client = _site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.SendAsync(request);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Fingerprinted_static_files_are_kept_for_a_year()
    {
        var page = await _site.GetPageAsync("/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var client = _site.CreateClient();
        using var response = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));

        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl!.MaxAge);
    }
}

public sealed class SignedInCachingTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task Signed_in_editors_never_get_a_cached_page()
    {
        using var reader = _site.CreateClient();
        using (await reader.GetAsync(new Uri("/", UriKind.Relative)))
        {
        }

        using var cachedForReader = await reader.GetAsync(new Uri("/", UriKind.Relative));
        using var editor = await _site.SignInAsAsync(NewsSite.Newsroom.NewsroomRoles.Editor);
        using var forEditor = await editor.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.NotNull(cachedForReader.Headers.Age);
        Assert.Null(forEditor.Headers.Age);
        Assert.Null(forEditor.Headers.CacheControl?.SharedMaxAge);
    }

    [Fact]
    public async Task A_signed_in_editors_browser_asks_again_for_a_reader_page_every_time()
    {
        using var editor = await _site.SignInAsAsync(NewsSite.Newsroom.NewsroomRoles.Editor);
        using var article = await editor.Client.GetAsync(new Uri("/news/" + Stories.SeedSlug, UriKind.Relative));

        // Without a Cache-Control, the Last-Modified lets a browser keep the page by heuristic for weeks, edits unseen.
        Assert.NotNull(article.Content.Headers.LastModified);
        Assert.True(article.Headers.CacheControl is { Private: true, NoCache: true }, $"Cache-Control: {article.Headers.CacheControl}");
    }
}
