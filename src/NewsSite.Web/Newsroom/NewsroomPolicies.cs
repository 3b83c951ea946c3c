using Microsoft.AspNetCore.Authorization;
using NewsSite.Newsroom;

namespace NewsSite.Web.Newsroom;

/// <summary>
/// Who may do what in the admin, as named policies: pages say <c>[Authorize(Policy = NewsroomPolicies.Editor)]</c>,
/// never a role list of their own. Each policy admits its role and every role above it.
/// </summary>
public static class NewsroomPolicies
{
    public const string Admin = "Newsroom.Admin";
    public const string Editor = "Newsroom.Editor";
    public const string Author = "Newsroom.Author";

    public static AuthorizationBuilder AddNewsroomPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return authorization
            .AddPolicy(Admin, policy => policy.RequireRole(NewsroomRoles.Admin))
            .AddPolicy(Editor, policy => policy.RequireRole(NewsroomRoles.Admin, NewsroomRoles.Editor))
            .AddPolicy(Author, policy => policy.RequireRole(NewsroomRoles.Admin, NewsroomRoles.Editor, NewsroomRoles.Author));
    }
}
