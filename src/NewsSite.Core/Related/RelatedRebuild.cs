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
    public static async Task<int> RebuildAllAsync(NewsSiteDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stories = await db.Articles.AsNoTracking()
            .Select(a => new RelatingStory(a.Id, a.SectionId, a.Tags.Select(t => t.Id).ToList(), a.Keywords, a.Status, a.PublishedAt))
            .ToListAsync(cancellationToken);
        var lists = RelatedLists.ForAll(stories, cancellationToken);
        var places = lists.SelectMany(l => l.Related.Select((related, rank) => new ComputedRelated { ArticleId = l.ArticleId, Rank = rank, RelatedArticleId = related }));

        await db.ComputedRelated.ExecuteDeleteAsync(cancellationToken);
        if (db.Database.IsSqlite() && db.Database.CurrentTransaction is { } transaction)
        {
            return InsertWithSqlite((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction(), places);
        }

        return await InsertWithEfAsync(db, places, cancellationToken);
    }

    private static int InsertWithSqlite(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<ComputedRelated> places)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO \"ComputedRelated\" (\"ArticleId\", \"Rank\", \"RelatedArticleId\") VALUES ($article, $rank, $related)";
        var article = insert.Parameters.Add("$article", SqliteType.Integer);
        var rank = insert.Parameters.Add("$rank", SqliteType.Integer);
        var related = insert.Parameters.Add("$related", SqliteType.Integer);
        insert.Prepare();
        var rows = 0;
        foreach (var place in places)
        {
            article.Value = place.ArticleId;
            rank.Value = place.Rank;
            related.Value = place.RelatedArticleId;
            rows += insert.ExecuteNonQuery();
        }

        return rows;
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
