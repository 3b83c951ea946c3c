namespace NewsSite.Newsroom;

/// <summary>The actions the audit log records; stored as these strings, so never rename one.</summary>
public static class AuditActions
{
    public const string SignedIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignedOut = "sign-out";
    public const string FirstAdminCreated = "first-admin-created";
    public const string UserCreated = "user-created";
    public const string RoleChanged = "role-changed";
    public const string UserLocked = "user-locked";
    public const string UserUnlocked = "user-unlocked";
    public const string StoryPublished = "story-published";
    public const string StoryScheduled = "story-scheduled";
    public const string StoryUnpublished = "story-unpublished";
    public const string StoryWithdrawn = "story-withdrawn";
}
