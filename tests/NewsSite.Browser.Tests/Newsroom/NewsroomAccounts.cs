namespace NewsSite.Browser.Tests.Newsroom;

/// <summary>The newsroom's accounts in browser tests: the first Admin comes from configuration, as a deployment makes it.</summary>
public static class NewsroomAccounts
{
    public const string AdminEmail = "chief@newsroom.test";

    /// <summary>One password for every test account; it meets Identity's rules.</summary>
    public const string Password = "Newsroom-desk-2026";

    /// <summary><c>Admin:Email</c> and <c>Admin:Password</c>: the site creates this Admin at start (README, Newsroom accounts).</summary>
    public static Dictionary<string, string> FirstAdmin() => new()
    {
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = Password,
        ["Admin:DisplayName"] = "Chief",
    };
}
