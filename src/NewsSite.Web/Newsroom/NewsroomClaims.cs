using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsSite.Newsroom;

namespace NewsSite.Web.Newsroom;

/// <summary>Puts the display name in the sign-in cookie, so the admin can greet the user without a query.</summary>
public sealed class NewsroomClaims(UserManager<NewsroomUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<NewsroomUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "newsroom:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(NewsroomUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        return identity;
    }
}

public static class NewsroomClaimsPrincipalExtensions
{
    public static string NewsroomName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(NewsroomClaims.DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";
    }

    /// <summary>The user's one role, the highest if several were ever given.</summary>
    public static string? NewsroomRole(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return NewsroomRoles.All.FirstOrDefault(user.IsInRole);
    }
}
