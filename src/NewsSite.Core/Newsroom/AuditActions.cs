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
    public const string SectionCreated = "section-created";
    public const string SectionChanged = "section-changed";
    public const string SectionMoved = "section-moved";
    public const string SectionArticlesMoved = "section-articles-moved";
    public const string SectionDeleted = "section-deleted";
    public const string TagRenamed = "tag-renamed";
    public const string TagsMerged = "tags-merged";
    public const string TagDeleted = "tag-deleted";
    public const string AdCreativeCreated = "ad-creative-created";
    public const string AdCreativeChanged = "ad-creative-changed";
    public const string SeedFileImported = "seed-file-imported";
    public const string StoryPublished = "story-published";
    public const string StoryScheduled = "story-scheduled";
    public const string StoryUnpublished = "story-unpublished";
    public const string StoryWithdrawn = "story-withdrawn";
    public const string StoryDeleted = "story-deleted";

    public const string SiteSettingsChanged = "site-settings-changed";
}
