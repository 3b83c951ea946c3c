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
        RebuildAllAsync(db, stepDone: null, cancellationToken);

    /// <param name="db">The store.</param>
    /// <param name="stepDone">Told when the stories are read, when their lists are ranked and when the lists are written.</param>
    /// <param name="cancellationToken">Stops the rebuild.</param>
    public static async Task<int> RebuildAllAsync(NewsSiteDb db, Action<string>? stepDone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stories = await RelatingStory.ReadFrom(db.Articles).ToListAsync(cancellationToken);
        stepDone?.Invoke("related lists: reading");
        var lists = RelatedLists.ForAll(stories, cancellationToken);
        stepDone?.Invoke("related lists: ranking");
        var places = lists.SelectMany(l => l.Related.Select((related, rank) => new ComputedRelated { ArticleId = l.ArticleId, Rank = rank, RelatedArticleId = related }));

        await db.ComputedRelated.ExecuteDeleteAsync(cancellationToken);
        var rows = db.Database.IsSqlite() && db.Database.CurrentTransaction is { } transaction
            ? InsertWithSqlite((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction(), places)
            : await InsertWithEfAsync(db, places, cancellationToken);
        stepDone?.Invoke("related lists: writing");
        return rows;
    }

    // Rows go in key order, many to a statement, with the reverse index built once at the end: a million rows
    // inserted one by one into two B-trees would take most of a generator run.
    private const int RowsPerStatement = 250;
    private const string ReverseIndex = "IX_ComputedRelated_RelatedArticleId";

    private static int InsertWithSqlite(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<ComputedRelated> places)
    {
        Execute(connection, transaction, $"DROP INDEX IF EXISTS \"{ReverseIndex}\"");
        var rows = 0;
        SqliteCommand? full = null;
        try
        {
            foreach (var batch in places.Chunk(RowsPerStatement))
            {
                var insert = batch.Length == RowsPerStatement ? full ??= InsertCommand(connection, transaction, RowsPerStatement) : InsertCommand(connection, transaction, batch.Length);
                for (var i = 0; i < batch.Length; i++)
                {
                    insert.Parameters[3 * i].Value = batch[i].ArticleId;
                    insert.Parameters[(3 * i) + 1].Value = batch[i].Rank;
                    insert.Parameters[(3 * i) + 2].Value = batch[i].RelatedArticleId;
                }

                rows += insert.ExecuteNonQuery();
                if (insert != full)
                {
                    insert.Dispose();
                }
            }
        }
        finally
        {
            full?.Dispose();
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

    private static async Task<int> InsertWithEfAsync(NewsSiteDb db, IEnumerable<ComputedRelated> places, CancellationToken cancellationToken)
    {
        var refreshes = db.WorksOutRelatedItself;
        db.WorksOutRelatedItself = true;
        try
        {
            var rows = 0;
            foreach (var batch in places.Chunk(5_000))
            {
                db.ComputedRelated.AddRange(batch);
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
