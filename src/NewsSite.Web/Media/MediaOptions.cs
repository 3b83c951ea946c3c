namespace NewsSite.Web.Media;

/// <summary>The "Media" section of configuration: where uploaded images live and how large one may be.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The folder of uploaded images, relative to the content root; <c>media</c> in the data folder when unset.</summary>
    public string? Folder { get; set; }

    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;
}
