using Microsoft.Data.Sqlite;

namespace NewsSite.Generating;

/// <summary>
/// Keeps the FTS5 index <c>ArticleSearch</c> cheap to maintain through a generator run, all in the caller's
/// transaction (so the store is never seen without its triggers):
/// <list type="number">
/// <item><see cref="Begin"/> lifts the triggers that keep the index in step with <c>Articles</c>, so removing an earlier
/// run's stories costs nothing (an external-content index forgets a row only when given its text again).</item>
/// <item><see cref="Clear"/> empties the index and indexes the stories left (real content).</item>
/// <item><see cref="Add"/> indexes each batch of new stories once it is written, while the next batch is being made,
/// rather than in a rebuild of the whole table after the last. A statement at a time, never a row at a time: FTS5
/// writes out its pending terms at the start of every statement that writes to it, so a trigger per inserted row
/// left a tiny segment per story to merge, and took three times as long as the rest of the write.</item>
/// <item><see cref="End"/> adds the index's words to <c>ArticleSearchWords</c> and puts the triggers back exactly as
/// the migration wrote them (read from sqlite_master, so a later migration that changes them needs nothing here).</item>
/// </list>
/// </summary>
internal sealed class SqliteSearchPause
{
    // FTS5 writes its pending terms out as a new segment whenever they pass this size (1 MB by default), and merges
    // segments as they pile up: indexing a batch of stories in 1 MB steps spent a third of its time merging.
    private const int BulkHashSize = 64 * 1024 * 1024;
    private const int DefaultHashSize = 1024 * 1024;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    // The stories the index holds: those readers may see, now or once their time comes (migration SearchWordsAndReaderStories).
    private const string IndexFrom = "INSERT INTO \"ArticleSearch\" (rowid, \"Headline\", \"Summary\", \"Body\") SELECT \"Id\", \"Headline\", \"Summary\", \"Body\" FROM \"Articles\" WHERE \"Status\" IN (1, 2) AND \"PublishedAt\" IS NOT NULL ";

    private readonly List<(string Name, string Sql)> _triggers = [];
    private SqliteCommand? _add;

    private SqliteSearchPause(SqliteConnection connection, SqliteTransaction transaction) =>
        (_connection, _transaction) = (connection, transaction);

    public static SqliteSearchPause Begin(SqliteConnection connection, SqliteTransaction transaction)
    {
        var pause = new SqliteSearchPause(connection, transaction);
        using (var read = pause.Command("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Articles' AND name LIKE '%\\_Search' ESCAPE '\\' ORDER BY name"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                pause._triggers.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in pause._triggers)
        {
            pause.Execute($"DROP TRIGGER \"{name}\"");
        }

        return pause;
    }

    public void Clear()
    {
        if (_triggers.Count == 0)
        {
            return;
        }

        Execute("INSERT INTO \"ArticleSearch\" (\"ArticleSearch\") VALUES ('delete-all')");
        Execute($"INSERT INTO \"ArticleSearch\" (\"ArticleSearch\", rank) VALUES ('hashsize', {BulkHashSize})");
        Execute(IndexFrom + "ORDER BY \"Id\"");
    }

    /// <summary>Indexes the stories with ids from <paramref name="firstId"/> to <paramref name="lastId"/>, in id order.</summary>
    public void Add(int firstId, int lastId)
    {
        if (_triggers.Count == 0)
        {
            return;
        }

        if (_add is null)
        {
            _add = Command(IndexFrom + "AND \"Id\" BETWEEN $first AND $last ORDER BY \"Id\"");
            _add.Parameters.Add("$first", SqliteType.Integer);
            _add.Parameters.Add("$last", SqliteType.Integer);
        }

        _add.Parameters[0].Value = firstId;
        _add.Parameters[1].Value = lastId;
        _add.ExecuteNonQuery();
    }

    public void End()
    {
        _add?.Dispose();
        if (_triggers.Count == 0)
        {
            return;
        }

        // Back to the default for this connection, and no trace in the store: the setting is kept as a row of the
        // index's config table, which a store never generated does not have.
        Execute($"INSERT INTO \"ArticleSearch\" (\"ArticleSearch\", rank) VALUES ('hashsize', {DefaultHashSize})");
        Execute("DELETE FROM \"ArticleSearch_config\" WHERE \"k\" = 'hashsize'");

        // The triggers add each story's words as it is indexed; here, one pass over the index's vocabulary does it.
        Execute("INSERT OR IGNORE INTO \"ArticleSearchWords\" (\"Word\") SELECT \"term\" FROM \"ArticleSearchTerms\"");
        foreach (var (_, sql) in _triggers)
        {
            Execute(sql);
        }
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

#pragma warning disable CA2100 // Only trigger names and definitions read from sqlite_master, and this class's constants.
    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
#pragma warning restore CA2100
}
