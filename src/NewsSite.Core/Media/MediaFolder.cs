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
        if (File.Exists(final))
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

    /// <summary>Only names this folder gives out (64 hex digits and a known extension): no path, no dots to climb with.</summary>
    public static bool IsMediaName(string name) =>
        MediaName().IsMatch(name) && ImageFormat.ByExtension(System.IO.Path.GetExtension(name)) is not null;

    [GeneratedRegex("^[0-9a-f]{64}\\.[a-z]{3,4}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex MediaName();
}
