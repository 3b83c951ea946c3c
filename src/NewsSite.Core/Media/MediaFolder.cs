using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace NewsSite.Media;

/// <summary>
/// The folder of uploaded images. A file is named after the SHA-256 of its bytes and the extension of its format, so the
/// same image uploaded twice is one file and a name never changes meaning (it can be cached for a year). Files are
/// written under a temporary name and renamed into place, so nothing half-written is ever served.
/// </summary>
public sealed partial class MediaFolder(string path)
{
    public string Path { get; } = path;

    /// <summary>Stores the bytes of an image whose header was read; returns the file's name.</summary>
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> bytes, ImageFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        var name = Convert.ToHexStringLower(SHA256.HashData(bytes.Span)) + format.Extension;
        var final = System.IO.Path.Combine(Path, name);
        // Uploaded again: renewed, so a post that comes back with errors can still reuse it.
        if (Renew(name))
        {
            return name;
        }

        Directory.CreateDirectory(Path);
        // A dot first: the temporary file never matches a media name, so it is never served.
        var temporary = System.IO.Path.Combine(Path, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(bytes, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            // Two uploads of the same bytes may race here; either rename leaves the same content in place.
            File.Move(temporary, final, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return name;
    }

    /// <summary>The full path of the stored file <paramref name="name"/>, or null for a name that is not one of ours or no file.</summary>
    public string? Find(string? name)
    {
        if (name is null || !IsMediaName(name))
        {
            return null;
        }

        var file = System.IO.Path.Combine(Path, name);
        return File.Exists(file) ? file : null;
    }

    /// <summary>
    /// Marks the stored image <paramref name="name"/> as just written, so the cleanup of unused uploads gives it a full
    /// grace period again (it is about to be saved with a story, or kept for a retry).
    /// </summary>
    /// <returns>False when there is no such file (never stored, or cleaned up).</returns>
    public bool Renew(string name)
    {
        if (Find(name) is not { } file)
        {
            return false;
        }

        try
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
            return true;
        }
        catch (FileNotFoundException)
        {
            // Cleaned up as an orphan this very moment.
            return false;
        }
    }

    /// <summary>The stored images (files with a media name, directly in the folder) and when each was last written.</summary>
    public IReadOnlyList<MediaFile> List()
    {
        var folder = new DirectoryInfo(Path);
        return folder.Exists
            ? folder.EnumerateFiles().Where(f => IsMediaName(f.Name)).Select(f => new MediaFile(f.Name, f.LastWriteTimeUtc)).ToList()
            : [];
    }

    /// <summary>
    /// Deletes the stored image <paramref name="name"/> unless it was written after <paramref name="notAfterUtc"/>
    /// (uploaded again since it was judged an orphan). Only ever a file of ours, directly in this folder.
    /// </summary>
    /// <returns>True when the file was deleted.</returns>
    public bool DeleteUnlessWrittenAfter(string name, DateTime notAfterUtc)
    {
        if (Find(name) is not { } file || File.GetLastWriteTimeUtc(file) > notAfterUtc)
        {
            return false;
        }

        File.Delete(file);
        return true;
    }

    /// <summary>Only names this folder gives out (64 hex digits and a known extension): no path, no dots to climb with.</summary>
    public static bool IsMediaName(string name) =>
        MediaName().IsMatch(name) && ImageFormat.ByExtension(System.IO.Path.GetExtension(name)) is not null;

    [GeneratedRegex("^[0-9a-f]{64}\\.[a-z]{3,4}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex MediaName();
}

/// <summary>A stored image's file name and when it was last written (UTC).</summary>
public readonly record struct MediaFile(string Name, DateTime LastWrittenUtc);
