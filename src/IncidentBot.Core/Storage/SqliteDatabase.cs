using System.Data;
using System.Data.Common;
using Dapper;
using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The bot's database in a SQLite file: opens connections and runs work in write transactions, one writer at a time.
/// <c>INCIDENTBOT_DATABASE</c> may be a file path or a full connection string.
/// </summary>
public sealed class SqliteDatabase : Database
{
    public SqliteDatabase(string pathOrConnectionString)
    {
        var builder = pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(pathOrConnectionString)
            : new SqliteConnectionStringBuilder { DataSource = pathOrConnectionString };
        builder.DefaultTimeout = 30;
        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;

        // The bot keeps its own connections open between uses (below); the driver's pool would only add a second layer.
        builder.Pooling = false;
        _ownConnectionString = builder.ToString();
    }

    /// <summary>
    /// What every connection to the file needs, the scheduler's included: commits that survive a process crash (SIGKILL
    /// included) without a sync each (<c>synchronous=NORMAL</c> under WAL; syncs happen at checkpoints), waits for the
    /// write lock in millisecond steps (<c>busy_timeout</c>; without it the driver sleeps 150 ms before retrying), and no
    /// checkpoint inside a commit (<see cref="CheckpointAsync"/> runs them).
    /// </summary>
    public const string SharedConnectionPragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=0;";

    private const string ConnectionPragmas = "PRAGMA foreign_keys=ON; " + SharedConnectionPragmas;

    /// <summary>More idle connections than this are closed: more reads than this at once are rare.</summary>
    internal const int MaxIdleConnections = 8;

    private readonly string _ownConnectionString;
    private readonly WriterGate _writer = new();
    private readonly ConcurrentStack<SqliteConnection> _idle = new();
    private volatile bool _disposed;

    /// <summary>The database's connection string, for other clients of the same file (the scheduler's store).</summary>
    public string ConnectionString { get; }

    public string DataSource { get; }

    /// <summary>Connections open and waiting for their next use.</summary>
    internal int IdleConnections => _idle.Count;

    /// <summary>
    /// Opens a new connection, which the caller owns, with foreign keys enforced and <see cref="SharedConnectionPragmas"/>.
    /// </summary>
    public override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default) => await OpenAsync(ct);

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_ownConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = ConnectionPragmas;
            await pragma.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one <c>BEGIN IMMEDIATE</c> transaction and commits it. SQLite has one writer at a
    /// time; writers in this process queue here instead of colliding on the file lock, where the driver backs off in
    /// coarse sleeps, and writes made while answering Slack go ahead of <see cref="BackgroundWork"/>.
    /// </summary>
    public override async Task<T> InTransactionAsync<T>(Func<IDbTransaction, Task<T>> work, Isolation isolation, CancellationToken ct = default)
    {
        var connection = await RentAsync(ct);
        var healthy = false;
        try
        {
            await _writer.EnterAsync(BackgroundWork.IsCurrent, ct);
            try
            {
                T result;
                await using (var transaction = connection.BeginTransaction(deferred: false))
                {
                    result = await work(transaction);
                    await transaction.CommitAsync(ct);
                }

                healthy = true;
                return result;
            }
            finally
            {
                _writer.Release();
            }
        }
        finally
        {
            Return(connection, healthy);
        }
    }

    /// <summary>
    /// Runs work that writes to the file through another client (the scheduler's store, on connections of its own) in
    /// this process's turn to write, so that it queues with the bot's own writers, in the lane its caller's work belongs
    /// to, instead of meeting them on the file lock, where SQLite backs off in millisecond sleeps.
    /// </summary>
    public override async Task<T> InWriteTurnAsync<T>(Func<Task<T>> work, CancellationToken ct = default)
    {
        await _writer.EnterAsync(BackgroundWork.IsCurrent, ct);
        try
        {
            return await work();
        }
        finally
        {
            _writer.Release();
        }
    }

    public override async Task<T> ReadAsync<T>(Func<IDbConnection, Task<T>> read, CancellationToken ct = default)
    {
        var connection = await RentAsync(ct);
        var healthy = false;
        try
        {
            var result = await read(connection);
            healthy = true;
            return result;
        }
        finally
        {
            Return(connection, healthy);
        }
    }

    /// <summary>
    /// An open connection from those kept between uses, or a new one. Keeping them open keeps what each has prepared
    /// (<see cref="Statements"/>): an answer's statements are compiled once per connection, not at every use.
    /// </summary>
    private async ValueTask<SqliteConnection> RentAsync(CancellationToken ct) =>
        _idle.TryPop(out var connection) ? connection : await OpenAsync(ct);

    /// <summary>Keeps a connection for the next use, unless the work on it failed (its state is then unknown) or enough are kept.</summary>
    private void Return(SqliteConnection connection, bool healthy)
    {
        if (healthy && !_disposed && connection.State == ConnectionState.Open && _idle.Count < MaxIdleConnections)
        {
            _idle.Push(connection);

            // Disposal may have emptied the stack between the check and the push.
            if (!_disposed || !_idle.TryPop(out var late))
            {
                return;
            }

            connection = late;
        }

        connection.Dispose();
    }

    /// <summary>Closes the connections kept between uses; connections in use close when their work ends.</summary>
    public override void Dispose()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection))
        {
            connection.Dispose();
        }
    }

    /// <summary>
    /// Copies the write-ahead log into the database file without blocking readers or writers. Connections opened here
    /// never checkpoint on their own (an automatic checkpoint runs, and syncs the file, inside whichever commit crosses
    /// the threshold, which may be one a Slack request is waiting on), so the host calls this in the background.
    /// </summary>
    public Task CheckpointAsync(CancellationToken ct = default) =>
        ReadAsync(c => c.ExecuteAsync("PRAGMA wal_checkpoint(PASSIVE);"), ct);
}
