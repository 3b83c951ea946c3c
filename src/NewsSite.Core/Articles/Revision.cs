namespace NewsSite.Articles;

/// <summary>A story as one save left it: who saved it, when, with which action, and which fields changed. Never edited or deleted.</summary>
public class Revision
{
    public const int ActionMaxLength = 32;
    public const int ChangedMaxLength = 500;
    public const int TagsMaxLength = 1000;

    public long Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>UTC.</summary>
    public DateTime AtUtc { get; set; }

    public string? UserId { get; set; }

    /// <summary>The saver's display name as it was then, so the list reads without a join.</summary>
    public string UserName { get; set; } = "";

    /// <summary>"draft", "publish", "schedule", "unpublish", "withdraw", "restore".</summary>
    public string Action { get; set; } = "";

    public required string Headline { get; set; }

    public string Summary { get; set; } = "";

    public string Body { get; set; } = "";

    public required string Slug { get; set; }

    public string SectionName { get; set; } = "";

    public int SectionId { get; set; }

    /// <summary>Tag names, comma-separated.</summary>
    public string Tags { get; set; } = "";

    public ArticleStatus Status { get; set; }

    /// <summary>The fields this save changed, comma-separated: "Headline, Body".</summary>
    public string Changed { get; set; } = "";

    /// <summary>
    /// The curated related stories in their order, with their headlines and slugs as they were, so the revision reads
    /// without joins and still reads once a related story is deleted. Null in revisions saved before revisions kept
    /// them: such a revision recorded neither the related stories nor the hero image.
    /// </summary>
    public List<RelatedAsSaved>? Related { get; set; }

    /// <summary>Site-relative URL of the hero image as saved; null when the story had none (or, see <see cref="Related"/>, it was not recorded).</summary>
    public string? HeroImageUrl { get; set; }

    public string? HeroImageAlt { get; set; }

    public int? HeroImageWidth { get; set; }

    public int? HeroImageHeight { get; set; }
}

/// <summary>A curated related story as a revision keeps it: which story, and its headline and slug at the time.</summary>
public sealed record RelatedAsSaved(int Id, string Headline, string Slug);
