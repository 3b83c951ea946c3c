namespace NewsSite.Web.Newsroom;

/// <summary>The <c>Newsroom</c> configuration section.</summary>
public sealed class NewsroomOptions
{
    public const string Section = "Newsroom";

    /// <summary>Sign-in attempts one address may post per minute before it gets 429.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long a sign-in lasts without activity (the cookie slides while the user works).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);
}
