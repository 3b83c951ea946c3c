using Microsoft.Data.Sqlite;

namespace NewsSite.Generating;

/// <summary>
/// Lifts the triggers that keep the FTS5 index <c>ArticleSearch</c> in step with <c>Articles</c> during a bulk write,
/// then rebuilds the index once and puts the triggers back exactly as the migration wrote them (read from
/// sqlite_master, so a later migration that changes them needs nothing here). Both run in the caller's transaction,
/// so the store is never seen without its triggers.
/// </summary>
internal sealed class SqliteSearchPause
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<(string Name, string Sql)> _triggers = [];

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

    public void End()
    {
        if (_triggers.Count == 0)
        {
            return;
        }

        Execute("INSERT INTO \"ArticleSearch\" (\"ArticleSearch\") VALUES ('rebuild')");
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

#pragma warning disable CA2100 // Only trigger names and definitions read from sqlite_master, never input.
    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
#pragma warning restore CA2100
}
