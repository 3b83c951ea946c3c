using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace NewsSite.Caching;

/// <summary>
/// Caches what anonymous readers get (GET, 200, no cookie set) until a change evicts it by tag: there is no
/// expiry to wait out. Signed-in users and the admin area always get a fresh page.
/// </summary>
public sealed class ReaderPagesPolicy(IOptions<CachingOptions> options) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var isAdmin = request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);
        var cacheable = options.Value.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !isAdmin
            // Uploaded images carry their own year-long Cache-Control; a copy in the output cache would only take memory.
            && !request.Path.StartsWithSegments("/media", StringComparison.OrdinalIgnoreCase)
            && !request.Headers.ContainsKey("Authorization");

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        // A long lifetime: entries leave by eviction when what they show changes, never by age.
        context.ResponseExpirationTimeSpan = TimeSpan.FromDays(1);
        context.CacheVaryByRules.QueryKeys = new StringValues(["q", "page"]);
        context.Tags.Add(CacheTags.Reader);
        if (cacheable)
        {
            // Browsers revalidate (ETag); a CDN in front may keep the page briefly. Set as the response starts,
            // so the stored entry carries it too.
            var sharedMaxAge = options.Value.SharedMaxAgeSeconds;
            http.Response.OnStarting(() =>
            {
                if (http.Response.StatusCode == StatusCodes.Status200OK && StringValues.IsNullOrEmpty(http.Response.Headers.SetCookie))
                {
                    http.Response.Headers.CacheControl = $"public, max-age=0, s-maxage={sharedMaxAge}";
                }

                return Task.CompletedTask;
            });
        }
        else if (!isAdmin)
        {
            // A page never stored here (a signed-in user's) still needs a Cache-Control of its own: without one, a
            // browser keeps an article page (it has a Last-Modified) fresh by heuristic for weeks, without asking, and a
            // signed-in editor would not see an edit or a new site name. Media set their own.
            http.Response.OnStarting(() =>
            {
                if (StringValues.IsNullOrEmpty(http.Response.Headers.CacheControl))
                {
                    http.Response.Headers.CacheControl = "private, no-cache";
                }

                return Task.CompletedTask;
            });
        }

        foreach (var tag in TagsOfPath(request.Path))
        {
            context.Tags.Add(tag);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static IEnumerable<string> TagsOfPath(PathString path)
    {
        var value = path.Value ?? "/";
        if (value == "/")
        {
            yield return CacheTags.Front;
        }
        else if (value.EndsWith(".rss", StringComparison.Ordinal) || value.EndsWith(".atom", StringComparison.Ordinal))
        {
            yield return CacheTags.Feeds;
        }
        else if (value.Contains("sitemap", StringComparison.Ordinal))
        {
            yield return CacheTags.Sitemap;
        }
        else if (value.StartsWith("/search", StringComparison.Ordinal))
        {
            yield return CacheTags.Search;
        }
    }
}

/// <summary>The "Caching" section of configuration.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Off only to measure the uncached render path (the benchmark does).</summary>
    public bool Enabled { get; set; } = true;

    public int SharedMaxAgeSeconds { get; set; } = 30;
}
