using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsSite.Web.Newsroom;

/// <summary>
/// Slows password guessing from one address: a fixed window of <see cref="NewsroomOptions.SignInAttemptsPerMinute"/>
/// sign-in posts per minute. Lockout guards each account; this guards the form against guessing across accounts.
/// Only posts count, so reading the form is never limited.
/// </summary>
public sealed class SignInRateLimit(IOptions<NewsroomOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "newsroom-sign-in";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        // No body: the admin's status page explains the 429 to the user.
        context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var address = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.SignInAttemptsPerMinute),
            Window = Window,
            QueueLimit = 0,
        });
    }
}
