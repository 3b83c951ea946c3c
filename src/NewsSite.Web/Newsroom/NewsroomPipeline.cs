using NewsSite.Newsroom;

namespace NewsSite.Web.Newsroom;

public static class NewsroomPipeline
{
    public static bool IsNewsroomPath(PathString path) => path.StartsWithSegments("/admin");

    /// <summary>
    /// Error statuses under /admin re-execute the admin's own status page (403, 400, 429, 404), so they keep their status.
    /// Must come before routing, like every status-code re-execution.
    /// </summary>
    public static IApplicationBuilder UseNewsroomStatusPages(this IApplicationBuilder app) =>
        app.UseWhen(context => IsNewsroomPath(context.Request.Path), newsroom => newsroom.UseStatusCodePagesWithReExecute("/admin/status/{0}"));

    /// <summary>First-run redirect, the sign-in rate limit, authentication and authorization; after routing.</summary>
    public static IApplicationBuilder UseNewsroom(this IApplicationBuilder app)
    {
        // Until the first Admin exists, every admin address leads to the one-time setup page.
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (IsNewsroomPath(path) && !path.StartsWithSegments("/admin/setup") && !path.StartsWithSegments("/admin/status")
                && await context.RequestServices.GetRequiredService<FirstRun>().IsPendingAsync(context.RequestAborted))
            {
                context.Response.Redirect("/admin/setup");
                return;
            }

            await next(context);
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// <c>Admin:Email</c> and <c>Admin:Password</c> create the first Admin at start, so a deployment never shows the setup
    /// page. Only while no user exists; a password Identity refuses stops the start rather than leave setup open.
    /// </summary>
    public static async Task CreateConfiguredFirstAdminAsync(this IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (configuration["Admin:Email"] is not { Length: > 0 } email || configuration["Admin:Password"] is not { Length: > 0 } password)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NewsroomPipeline));
        var displayName = configuration["Admin:DisplayName"] is { Length: > 0 } name ? name : NewsroomRoles.Admin;
        var result = await services.GetRequiredService<FirstRun>().CreateFirstAdminAsync(email, displayName, password, "from configuration (Admin:Email)");
        if (result is null)
        {
            logger.LogInformation("Admin:Email is set but the newsroom already has users: no Admin created");
        }
        else if (result.Succeeded)
        {
            logger.LogInformation("Created the first Admin {Email} from configuration", email);
        }
        else
        {
            throw new InvalidOperationException(
                $"Admin:Email and Admin:Password could not create the first Admin: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
