using System.Data;
using Dapper;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The bot's SQLite database: opens connections and runs work in write transactions.
/// <c>INCIDENTBOT_DATABASE</c> may be a file path or a full connection string.
/// </summary>
public sealed class SqliteDatabase
{
    static SqliteDatabase()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public SqliteDatabase(string pathOrConnectionString)
    {
        var builder = pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(pathOrConnectionString)
            : new SqliteConnectionStringBuilder { DataSource = pathOrConnectionString };
        builder.DefaultTimeout = 30;
        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    private const string ConnectionPragmas =
        "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=0;";

    private readonly WriterGate _writer = new();

    /// <summary>SQLite connections (kept open by the driver's pool between uses) already given <see cref="ConnectionPragmas"/>.</summary>
    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();

    public string ConnectionString { get; }

    public string DataSource { get; }

    /// <summary>
    /// Opens a connection. With WAL, <c>synchronous=NORMAL</c> keeps every committed transaction across a process crash
    /// (SIGKILL included) and syncs at checkpoints instead of at every commit. <c>busy_timeout</c> lets SQLite wait for a
    /// lock held by another connection (Quartz's, chiefly) in millisecond steps; without it the driver retries after
    /// sleeping 150 ms, which made every collision with Quartz cost 150 ms and delayed reminders by up to seconds.
    /// These settings belong to the SQLite connection, which the driver's pool keeps open between uses, so they are
    /// given once per SQLite connection rather than at every open: an answer's read is then one statement, not five.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        var handle = connection.Handle!;
        if (!_configured.TryGetValue(handle, out _))
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = ConnectionPragmas;
            await pragma.ExecuteNonQueryAsync(ct);
            _configured.AddOrUpdate(handle, handle);
        }

        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one <c>BEGIN IMMEDIATE</c> transaction and commits it. SQLite has one writer at a
    /// time; writers in this process queue here instead of colliding on the file lock, where the driver backs off in
    /// coarse sleeps, and writes made while answering Slack go ahead of <see cref="BackgroundWork"/>.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<IDbTransaction, Task<T>> work, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await _writer.EnterAsync(BackgroundWork.IsCurrent, ct);
        try
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(transaction);
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            _writer.Release();
        }
    }

    public Task InTransactionAsync(Func<IDbTransaction, Task> work, CancellationToken ct = default) =>
        InTransactionAsync(async tx => { await work(tx); return true; }, ct);

    /// <summary>Runs a read on its own connection.</summary>
    public async Task<T> ReadAsync<T>(Func<IDbConnection, Task<T>> read, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return await read(connection);
    }

    /// <summary>
    /// Copies the write-ahead log into the database file without blocking readers or writers. Connections opened here
    /// never checkpoint on their own (an automatic checkpoint runs, and syncs the file, inside whichever commit crosses
    /// the threshold, which may be one a Slack request is waiting on), so the host calls this in the background.
    /// </summary>
    public Task CheckpointAsync(CancellationToken ct = default) =>
        ReadAsync(c => c.ExecuteAsync("PRAGMA wal_checkpoint(PASSIVE);"), ct);

    public async Task<bool> IsReachableAsync(CancellationToken ct = default)
    {
        try
        {
            return await ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT 1"), ct) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

}
