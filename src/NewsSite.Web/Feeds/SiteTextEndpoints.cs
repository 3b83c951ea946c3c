using System.Text;
using NewsSite.Site;

namespace NewsSite.Feeds;

/// <summary>The plain-text files crawlers and ad exchanges read: /robots.txt and /ads.txt.</summary>
internal static class SiteTextEndpoints
{
    private const string PlainText = "text/plain; charset=utf-8";

    public static void MapSiteTextFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (SiteUrls urls) => Results.Text(
            $"""
            User-agent: *
            Allow: /
            Disallow: /admin
            Disallow: /search

            Sitemap: {urls.Absolute("/sitemap.xml")}
            Sitemap: {urls.Absolute("/news-sitemap.xml")}

            """.ReplaceLineEndings("\n"),
            PlainText));

        app.MapGet("/ads.txt", (LiveSettings settings) =>
        {
            var body = new StringBuilder();
            foreach (var line in settings.Current.AdsTxt)
            {
                body.Append(line.Trim()).Append('\n');
            }

            return Results.Text(body.ToString(), PlainText);
        });
    }
}
