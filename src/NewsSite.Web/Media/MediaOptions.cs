namespace NewsSite.Web.Media;

/// <summary>The "Media" section of configuration: where uploaded images live, how large one may be, and when unused ones go.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The folder of uploaded images, relative to the content root; <c>media</c> in the data folder when unset.</summary>
    public string? Folder { get; set; }

    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How old an upload no story or revision uses must be before it is deleted (see <see cref="MediaSweeper"/>); 0 or less never deletes.</summary>
    public double OrphanGraceHours { get; set; } = 24;

    /// <summary>How often the media folder is swept for such uploads.</summary>
    public double CleanupIntervalMinutes { get; set; } = 60;
}
