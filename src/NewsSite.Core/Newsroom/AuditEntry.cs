namespace NewsSite.Newsroom;

/// <summary>One thing done in the newsroom's admin: who did what to which target, and when (UTC).</summary>
public class AuditEntry
{
    public const int ActionMaxLength = 64;
    public const int TargetMaxLength = 256;
    public const int DetailsMaxLength = 2000;

    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The acting user's id; null when nobody was signed in (a failed sign-in, the configured first Admin).</summary>
    public string? UserId { get; set; }

    public string? UserEmail { get; set; }

    public string Action { get; set; } = "";

    public string? Target { get; set; }

    public string? Details { get; set; }
}
