using Microsoft.Extensions.Options;

namespace NewsSite.Site;

/// <summary>Absolute URLs for canonical links, feeds and sitemaps: <c>Site:BaseUrl</c> when set, else the request's origin.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options, IHttpContextAccessor accessor)
{
    public string Origin
    {
        get
        {
            if (options.Value.BaseUrl is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }

            var request = accessor.HttpContext?.Request;
            return request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public string Absolute(string path) => Origin + (path.StartsWith('/') ? path : "/" + path);

    public static string Article(string slug) => "/news/" + Uri.EscapeDataString(slug);

    public static string Section(string slug) => "/section/" + Uri.EscapeDataString(slug);

    public static string Tag(string slug) => "/tag/" + Uri.EscapeDataString(slug);

    public static string Source(string source) => "/source/" + Uri.EscapeDataString(source);
}
