using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace NewsSite.Store;

/// <summary>
/// Runs EF Core's reads on SQLite through statements prepared once, instead of SQLite compiling each statement's SQL
/// again on every execution (Microsoft.Data.Sqlite keeps a prepared statement only as long as its command, and EF
/// makes a new command for every query: dotnet/efcore#14044). On a reader page, compiling took most of SQLite's time.
/// </summary>
/// <remarks>
/// A read outside any transaction sees the same committed store on any connection to the file, so it runs on one of a
/// few connections kept open here, each holding the commands it has prepared, keyed by their SQL. Reads inside a
/// transaction, reads while every kept connection is busy, and statements SQLite cannot prepare here (EF's own SQL
/// functions are registered only on its connections) run the usual way on EF's connection.
/// </remarks>
public sealed class SqlitePreparedReads : DbCommandInterceptor, IDisposable
{
    // Statements are cheap to keep but not free (a few KB each); a site runs a few dozen distinct reads.
    private const int StatementsPerConnection = 64;

    private readonly string _connectionString;
    private readonly int _maxConnections;
    private readonly ConcurrentBag<ReadConnection> _idle = [];
    private readonly ConditionalWeakTable<DbCommand, ReadConnection> _lent = [];
    private readonly ConcurrentDictionary<string, bool> _unpreparable = new(StringComparer.Ordinal);
    private volatile bool _anyUnpreparable;
    private int _opened;
    private bool _disposed;

    /// <param name="connectionString">The store's SQLite connection string; the kept connections bypass the pool.</param>
    /// <param name="maxConnections">How many connections to keep open; more concurrent reads use EF's connections.</param>
    public SqlitePreparedReads(string connectionString, int maxConnections)
    {
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        _maxConnections = maxConnections;
    }

    /// <summary>Whether reads on this store can run on connections of their own: not for in-memory databases, which each connection sees apart.</summary>
    public static bool Suits(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not (":memory:" or "");
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (result.HasResult || command is not SqliteCommand { Transaction: null } read
            || (_anyUnpreparable && _unpreparable.ContainsKey(read.CommandText)) || !TryLend(out var connection))
        {
            return result;
        }

        SqliteDataReader reader;
        try
        {
            reader = connection.Execute(read);
        }
        catch (SqliteException)
        {
            // Not preparable here (or failed): EF runs it on its own connection, from now on, and reports any error there.
            _unpreparable.TryAdd(read.CommandText, true);
            _anyUnpreparable = true;
            Return(connection);
            return result;
        }

        _lent.AddOrUpdate(command, connection);
        return InterceptionResult<DbDataReader>.SuppressWithResult(reader);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (_lent.TryGetValue(command, out var connection))
        {
            _lent.Remove(command);
            // Closed here, before another read can take the connection; EF's own dispose after this does nothing.
            eventData.DataReader.Dispose();
            Return(connection);
        }

        return result;
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    /// <summary>The statements prepared on the connections not in use, with how often SQLite ran and re-compiled each.</summary>
    internal IReadOnlyList<PreparedStatement> PreparedStatements() => [.. _idle.SelectMany(connection => connection.Statements())];

    internal sealed record PreparedStatement(string Sql, int Runs, int Recompiles);

    private bool TryLend(out ReadConnection connection)
    {
        if (_idle.TryTake(out connection!))
        {
            return true;
        }

        if (_disposed || Interlocked.Increment(ref _opened) > _maxConnections)
        {
            Interlocked.Decrement(ref _opened);
            return false;
        }

        connection = new ReadConnection(_connectionString);
        return true;
    }

    private void Return(ReadConnection connection)
    {
        connection.ForgetParameters();
        if (_disposed)
        {
            connection.Dispose();
            return;
        }

        _idle.Add(connection);
    }

    /// <summary>An open connection and the commands prepared on it, used by one read at a time.</summary>
    private sealed class ReadConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
        private SqliteCommand? _current;

        public ReadConnection(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            // Without the planner's stability guarantee SQLite re-compiles a statement whenever a value is bound to a
            // parameter its plan looked at (a LIMIT, a LIKE pattern): every execution of most of EF's reads.
            var rc = raw.sqlite3_db_config(_connection.Handle, raw.SQLITE_DBCONFIG_ENABLE_QPSG, 1, out _);
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            // Lets Statements() list them; SQLitePCL then tracks each statement at compile time, rare here.
            _connection.Handle!.enable_sqlite3_next_stmt(true);
        }

        public SqliteDataReader Execute(SqliteCommand read)
        {
            if (!_prepared.TryGetValue(read.CommandText, out var command))
            {
                if (_prepared.Count == StatementsPerConnection)
                {
                    Forget();
                }

                command = _connection.CreateCommand();
                command.CommandText = read.CommandText;
                _prepared.Add(read.CommandText, command);
            }

            command.CommandTimeout = read.CommandTimeout;
            foreach (SqliteParameter parameter in read.Parameters)
            {
                command.Parameters.Add(parameter);
            }

            _current = command;
            try
            {
                return command.ExecuteReader();
            }
            catch (SqliteException)
            {
                _prepared.Remove(read.CommandText);
                command.Dispose();
                _current = null;
                throw;
            }
        }

        public IEnumerable<PreparedStatement> Statements()
        {
            // SQLite's counters (sqlite3.h): SQLITE_STMTSTATUS_REPREPARE, SQLITE_STMTSTATUS_RUN
            const int recompiles = 5, runs = 6;
            for (var statement = raw.sqlite3_next_stmt(_connection.Handle, null); statement is not null; statement = raw.sqlite3_next_stmt(_connection.Handle, statement))
            {
                yield return new PreparedStatement(raw.sqlite3_sql(statement).utf8_to_string(), raw.sqlite3_stmt_status(statement, runs, 0), raw.sqlite3_stmt_status(statement, recompiles, 0));
            }
        }

        /// <summary>Lets go of the last read's parameter values once its reader is closed.</summary>
        public void ForgetParameters()
        {
            _current?.Parameters.Clear();
            _current = null;
        }

        public void Dispose()
        {
            Forget();
            _connection.Dispose();
        }

        private void Forget()
        {
            foreach (var command in _prepared.Values)
            {
                command.Dispose();
            }

            _prepared.Clear();
        }
    }
}
