using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace NewsSite.Site;

/// <summary>
/// The level of each request's log line. At the default level (Information) only the requests an operator must look at
/// are written: failures and slow answers. A line for every request cost the cached article page 40% of its
/// throughput (bench/RESULTS.md, session 8); an access log belongs to the proxy or CDN in front. To see every request,
/// set <c>Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware</c> to <c>Debug</c>.
/// </summary>
public static class RequestLogLevels
{
    /// <summary>An answer that took at least this long is logged as a warning.</summary>
    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (error is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            return LogEventLevel.Error;
        }

        return elapsedMilliseconds >= Slow.TotalMilliseconds ? LogEventLevel.Warning : LogEventLevel.Debug;
    }
}
