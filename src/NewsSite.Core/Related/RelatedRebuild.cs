using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsSite.Store;

namespace NewsSite.Articles;

/// <summary>
/// Works out every story's related list in one pass (<see cref="RelatedLists"/>) and replaces all stored lists:
/// for the generator, and for a store that has stories but no lists yet (one made before lists were stored).
/// Runs in the caller's transaction when one is open.
/// </summary>
public static class RelatedRebuild
{
    public static Task<int> RebuildAllAsync(NewsSiteDb db, CancellationToken cancellationToken = default) =>
        RebuildAllAsync(db, newest: [], stepDone: null, cancellationToken);

    /// <param name="db">The store.</param>
    /// <param name="newest">
    /// Stories the caller has just written and still holds, in id order, with ids above every other story's: only the
    /// others are read from the store (reading a row's keywords means reading past its body, a whole 100,000-story store).
    /// </param>
    /// <param name="stepDone">Told when the stories are read, and when their lists are ranked and written.</param>
    /// <param name="cancellationToken">Stops the rebuild.</param>
    public static async Task<int> RebuildAllAsync(
        NewsSiteDb db, IReadOnlyList<RelatingStory> newest, Action<string>? stepDone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(newest);
        var stored = newest.Count == 0 ? db.Articles : db.Articles.Where(a => a.Id < newest[0].Id);
        var stories = await RelatingStory.ReadFrom(stored).ToListAsync(cancellationToken);
        stories.AddRange(newest);
        stepDone?.Invoke("related lists: reading");

        await db.ComputedRelated.ExecuteDeleteAsync(cancellationToken);
        var lists = RelatedLists.InChunksAsync(stories, ChunkSize, cancellationToken);
        var rows = db.Database.IsSqlite() && db.Database.CurrentTransaction is { } transaction
            ? await InsertWithSqliteAsync((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction(), lists)
            : await InsertWithEfAsync(db, lists, cancellationToken);
        stepDone?.Invoke("related lists: ranking and writing");
        return rows;
    }

    // Stories ranked at a time, while the lists of the chunk before are written.
    private const int ChunkSize = 5_000;

    private const string ReverseIndex = "IX_ComputedRelated_RelatedArticleId";

    // Rows go in key order, a list to a statement, with the reverse index built once at the end: a million rows
    // inserted one by one into two B-trees would take most of a generator run. Not more rows to a statement:
    // Microsoft.Data.Sqlite looks each parameter up by name on every run, and SQLite finds a name by walking the
    // statement's list of them, so a statement's binding cost grows with the square of its parameters.
    private static async Task<int> InsertWithSqliteAsync(
        SqliteConnection connection, SqliteTransaction transaction, IAsyncEnumerable<(int ArticleId, IReadOnlyList<int> Related)[]> chunks)
    {
        Execute(connection, transaction, $"DROP INDEX IF EXISTS \"{ReverseIndex}\"");
        var inserts = new Dictionary<int, SqliteCommand>();
        var rows = 0;
        try
        {
            await foreach (var chunk in chunks)
            {
                foreach (var (articleId, related) in chunk.Where(l => l.Related.Count > 0))
                {
                    if (!inserts.TryGetValue(related.Count, out var insert))
                    {
                        inserts[related.Count] = insert = InsertCommand(connection, transaction, related.Count);
                    }

                    for (var rank = 0; rank < related.Count; rank++)
                    {
                        insert.Parameters[3 * rank].Value = articleId;
                        insert.Parameters[(3 * rank) + 1].Value = rank;
                        insert.Parameters[(3 * rank) + 2].Value = related[rank];
                    }

                    rows += insert.ExecuteNonQuery();
                }
            }
        }
        finally
        {
            foreach (var insert in inserts.Values)
            {
                insert.Dispose();
            }
        }

        Execute(connection, transaction, $"CREATE INDEX \"{ReverseIndex}\" ON \"ComputedRelated\" (\"RelatedArticleId\")");
        return rows;
    }

    private static SqliteCommand InsertCommand(SqliteConnection connection, SqliteTransaction transaction, int rows)
    {
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
#pragma warning disable CA2100 // Only parameter names are built here; every value is a parameter.
        insert.CommandText = "INSERT INTO \"ComputedRelated\" (\"ArticleId\", \"Rank\", \"RelatedArticleId\") VALUES "
            + string.Join(", ", Enumerable.Range(0, rows).Select(i => $"($a{i}, $r{i}, $p{i})"));
#pragma warning restore CA2100
        for (var i = 0; i < rows; i++)
        {
            insert.Parameters.Add($"$a{i}", SqliteType.Integer);
            insert.Parameters.Add($"$r{i}", SqliteType.Integer);
            insert.Parameters.Add($"$p{i}", SqliteType.Integer);
        }

        insert.Prepare();
        return insert;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // This class's own constant statements.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private static async Task<int> InsertWithEfAsync(
        NewsSiteDb db, IAsyncEnumerable<(int ArticleId, IReadOnlyList<int> Related)[]> chunks, CancellationToken cancellationToken)
    {
        var refreshes = db.WorksOutRelatedItself;
        db.WorksOutRelatedItself = true;
        try
        {
            var rows = 0;
            await foreach (var chunk in chunks)
            {
                db.ComputedRelated.AddRange(chunk.SelectMany(l => l.Related.Select((related, rank) =>
                    new ComputedRelated { ArticleId = l.ArticleId, Rank = rank, RelatedArticleId = related })));
                rows += await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            return rows;
        }
        finally
        {
            db.WorksOutRelatedItself = refreshes;
        }
    }
}
