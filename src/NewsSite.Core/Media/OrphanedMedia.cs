namespace NewsSite.Media;

/// <summary>
/// Which stored images nothing uses: an upload is kept after a failed post so the retry can reuse it, and a replaced
/// hero image stays for the revisions that show it, so a file is an orphan only when no story's hero image and no
/// revision's names it (revisions must stay restorable) and it is older than the grace period (an upload whose post
/// has not come back yet is young).
/// </summary>
public static class OrphanedMedia
{
    /// <summary>The names among <paramref name="files"/> that none of <paramref name="references"/> (image URLs) names and that were last written a full <paramref name="grace"/> before <paramref name="nowUtc"/>.</summary>
    public static IReadOnlyList<string> Among(IEnumerable<MediaFile> files, IEnumerable<string?> references, DateTime nowUtc, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        var referenced = references.OfType<string>().Select(NameIn).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var cutoff = nowUtc - grace;
        return files
            .Where(f => MediaFolder.IsMediaName(f.Name) && f.LastWrittenUtc <= cutoff && !referenced.Contains(f.Name))
            .Select(f => f.Name)
            .ToList();
    }

    /// <summary>
    /// The file name an image URL ends in: "/media/abc.png" and "https://host/media/abc.png?v=1" both name "abc.png".
    /// Any URL ending in a file's name keeps that file, so a reference is never missed for the way it is written.
    /// </summary>
    public static string NameIn(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        return path[(path.LastIndexOf('/') + 1)..];
    }
}
