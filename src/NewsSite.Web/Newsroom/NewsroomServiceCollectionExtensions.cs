using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsSite.Newsroom;
using NewsSite.Store;

namespace NewsSite.Web.Newsroom;

public static class NewsroomServiceCollectionExtensions
{
    public const string SignInPath = "/admin/sign-in";

    /// <summary>The newsroom's accounts: Identity on the article store, the sign-in cookie, policies, the sign-in rate limit and the audit log.</summary>
    public static IServiceCollection AddNewsroom(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NewsroomOptions>(configuration.GetSection(NewsroomOptions.Section));

        // Identity without its default UI: the admin's own pages sign in through SignInManager.
        // Stores.SchemaVersion stays unset on purpose (see NewsSiteDb.OnModelCreating).
        services.AddIdentityCore<NewsroomUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<NewsSiteDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<NewsroomClaims>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        // A lock or a role change renews the user's security stamp; open sessions notice within this interval.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "newsroom";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the site is on https; plain http only in development and tests.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/admin/sign-out";
            // A signed-in user without the right role gets a 403 (the admin's status page), not a redirect to a 200 page.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Read lazily, so hosts that add configuration late (test hosts) still set it.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<NewsroomOptions>>((cookie, newsroom) => cookie.ExpireTimeSpan = newsroom.Value.SessionIdleTimeout);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorizationBuilder().AddNewsroomPolicies();
        services.Configure<RazorPagesOptions>(pages => pages.Conventions
            .AuthorizeFolder("/Admin", NewsroomPolicies.Author)
            .AllowAnonymousToPage("/Admin/SignIn")
            .AllowAnonymousToPage("/Admin/Setup")
            .AllowAnonymousToPage("/Admin/Status")
            .AddPageRoute("/Admin/Stories/Edit", "admin/stories/new"));

        services.AddRateLimiter(limiter => limiter.AddPolicy<string, SignInRateLimit>(SignInRateLimit.Name));
        services.AddSingleton<FirstRun>();
        services.AddScoped<AuditLog>();
        return services;
    }
}
