using Microsoft.Data.Sqlite;
using NewsSite.Articles;

namespace NewsSite.Generating;

/// <summary>
/// Writes generated stories to SQLite with prepared commands in the caller's transaction, bypassing EF's change
/// tracker. Article ids are given, not generated (<see cref="FirstId"/> + story number), so tags, related links
/// and the import record can be linked without reading anything back.
/// </summary>
internal sealed class SqliteStoryWriter(SqliteConnection connection, SqliteTransaction transaction, GenerationTarget target, int firstId, SqliteSearchPause? search)
{
    private static readonly string[] ArticleColumns =
    [
        "Id", "Slug", "Headline", "HeadlineKey", "Summary", "Body", "BodyHtml", "WordCount", "Keywords", "DatelinePlace", "Source",
        "Byline", "SectionId", "Status", "PublishedAt", "UpdatedAt", "CreatedAt", "IsExcerptOnly", "ConcurrencyStamp",
    ];

    public int FirstId => firstId;

    /// <summary>The stories written, as related lists see them, in id order: the lists are worked out from these, not read back.</summary>
    public List<RelatingStory> Written { get; } = [];

    public async Task<GenerateCounts> WriteAsync(IAsyncEnumerable<GeneratedStory[]> batches, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var article = Prepare("Articles", ArticleColumns);
        using var tag = Prepare("ArticleTag", "ArticleId", "TagId");
        using var link = Prepare("RelatedLinks", "ArticleId", "RelatedArticleId", "Position");
        using var record = Prepare("ImportRecordArticle", "ArticlesId", "ImportRecordsId");
        var counts = new GenerateCounts();
        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            foreach (var story in batch)
            {
                var id = firstId + story.Number;
                var a = story.Article;
                var sectionId = target.SectionIds[story.Section];
                Run(article, id, target.SlugFor(story), a.Headline, a.HeadlineKey, a.Summary, a.Body, a.BodyHtml, a.WordCount, a.Keywords,
                    a.DatelinePlace, a.Source, a.Byline, sectionId, (int)a.Status, a.PublishedAt, a.UpdatedAt,
                    a.CreatedAt, false, a.ConcurrencyStamp.ToString().ToUpperInvariant());
                var tagIds = new int[story.Tags.Count];
                for (var i = 0; i < tagIds.Length; i++)
                {
                    tagIds[i] = target.TagIds[story.Tags[i]];
                    Run(tag, id, tagIds[i]);
                }

                Written.Add(new RelatingStory(id, sectionId, tagIds, a.Keywords, a.Status, a.PublishedAt));

                for (var position = 0; position < story.Related.Count; position++)
                {
                    Run(link, id, firstId + story.Related[position], position);
                }

                Run(record, id, target.RecordId);
                counts = counts.Add(story);
            }

            search?.Add(firstId + batch[0].Number, firstId + batch[^1].Number);
            progress?.Report(counts.Articles);
        }

        return counts;
    }

    private SqliteCommand Prepare(string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Table and column names are this class's constants; every value is a parameter.
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
#pragma warning restore CA2100
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
