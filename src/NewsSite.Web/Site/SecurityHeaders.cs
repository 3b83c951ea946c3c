using NewsSite.Web.Newsroom;

namespace NewsSite.Site;

/// <summary>
/// Browser-side defences on every response. The site runs no inline script or style (its one script is /js/site.js;
/// JSON-LD blocks are data, never executed), so the policy needs no 'unsafe-inline'. Images may come from any https
/// host because ad creatives do. The admin also refuses to be framed at all and is never cached.
/// </summary>
public static class SecurityHeaders
{
    private const string Common = "default-src 'self'; script-src 'self'; img-src 'self' data: https:; style-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; ";

    public const string ReaderPolicy = Common + "frame-ancestors 'self'";
    public const string NewsroomPolicy = Common + "frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Read now: a re-executed error page changes the path before the response starts.
            var newsroom = NewsroomPipeline.IsNewsroomPath(context.Request.Path);

            // OnStarting: the headers must also reach error pages and responses that other middleware ends early.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = newsroom ? NewsroomPolicy : ReaderPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = newsroom ? "DENY" : "SAMEORIGIN";
                if (newsroom)
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
