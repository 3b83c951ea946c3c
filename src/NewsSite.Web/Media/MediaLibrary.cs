using Microsoft.Extensions.Options;
using NewsSite.Media;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Media;

/// <summary>The site's uploaded images: checks an upload by its bytes and stores it, finds a stored one, gives its address.</summary>
public sealed class MediaLibrary(StoreSettings store, IOptions<MediaOptions> options, IHostEnvironment host)
{
    public MediaFolder Folder { get; } = new(options.Value.Folder is { Length: > 0 } folder
        ? Path.GetFullPath(folder, host.ContentRootPath)
        : Path.Combine(store.DataFolder, "media"));

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public static string Url(string name) => "/media/" + name;

    /// <summary>Whether the media folder still holds <paramref name="fileName"/>.</summary>
    public bool Holds(string fileName) => Folder.Find(fileName) is not null;

    /// <exception cref="InvalidImageException">Too large, not an accepted image, cut short or damaged.</exception>
    public async Task<StoredImage> AcceptAsync(IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > MaxUploadBytes)
        {
            throw new InvalidImageException($"The image is {UploadLimitAttribute.Megabytes(file.Length)}; the most an upload may be is {UploadLimitAttribute.Megabytes(MaxUploadBytes)}.");
        }

        using var bytes = new MemoryStream((int)file.Length);
        await file.CopyToAsync(bytes, cancellationToken);
        var info = ImageHeader.Read(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        var name = await Folder.SaveAsync(bytes.GetBuffer().AsMemory(0, (int)bytes.Length), info.Format, cancellationToken);
        return new StoredImage(name, info);
    }

    /// <summary>
    /// An image stored earlier, read again from its file to be used once more (so renewed: see <see cref="MediaFolder.Renew"/>);
    /// null when <paramref name="name"/> is none of ours.
    /// </summary>
    public async Task<StoredImage?> FindAsync(string? name, CancellationToken cancellationToken)
    {
        if (Folder.Find(name) is not { } path || !Folder.Renew(name!))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return new StoredImage(name!, ImageHeader.Read(bytes));
    }
}

/// <summary>An image in the media folder: its file name, its address on the site and its size.</summary>
public sealed record StoredImage(string Name, ImageInfo Info)
{
    public string Url => MediaLibrary.Url(Name);
}
