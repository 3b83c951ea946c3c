using NewsSite.Articles;

namespace NewsSite.Importing;

/// <summary>One seed file that was imported: which file, its content, what it produced.</summary>
public class ImportRecord
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex: the same file is never imported twice.</summary>
    public required string ContentHash { get; set; }

    public DateTime ImportedAt { get; set; }

    public List<Article> Articles { get; } = [];
}
