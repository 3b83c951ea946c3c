using Microsoft.AspNetCore.Identity;

namespace NewsSite.Newsroom;

/// <summary>A member of the newsroom who signs in to the admin: an Identity user with the name bylines and the audit log show.</summary>
public class NewsroomUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";
}
