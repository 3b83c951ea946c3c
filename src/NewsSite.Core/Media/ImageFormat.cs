namespace NewsSite.Media;

/// <summary>An image type the site accepts, with the media type it is served as and the extension its file gets.</summary>
public sealed record ImageFormat(string Name, string MediaType, string Extension)
{
    public static readonly ImageFormat Jpeg = new("JPEG", "image/jpeg", ".jpg");
    public static readonly ImageFormat Png = new("PNG", "image/png", ".png");
    public static readonly ImageFormat WebP = new("WebP", "image/webp", ".webp");
    public static readonly ImageFormat Gif = new("GIF", "image/gif", ".gif");

    public static IReadOnlyList<ImageFormat> All { get; } = [Jpeg, Png, WebP, Gif];

    public static ImageFormat? ByExtension(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What an image's header says: its type and its size in pixels.</summary>
public sealed record ImageInfo(ImageFormat Format, int Width, int Height);
