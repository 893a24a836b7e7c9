using System.Data;
using System.Data.Common;
using Npgsql;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The bot's database on a PostgreSQL server, which any number of replicas share. Write transactions are serializable,
/// so the stores keep the guarantees they have on SQLite's single writer (a check and the write it decides are one step
/// for every replica); a transaction that met a concurrent one's changes is run again, as PostgreSQL asks.
/// </summary>
public sealed class PostgresDatabase : Database
{
    /// <summary>How often a transaction is run again after serialization failures before the failure is the caller's.</summary>
    public const int MaxAttempts = 10;

    private readonly NpgsqlDataSource _source;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "incidentbot";
        }

        ConnectionString = builder.ConnectionString;
        _source = NpgsqlDataSource.Create(builder);
    }

    public override DatabaseEngine Engine => DatabaseEngine.Postgres;

    /// <summary>The connection string, for the scheduler's store on the same database.</summary>
    public string ConnectionString { get; }

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default) => await _source.OpenConnectionAsync(ct);

    /// <summary>
    /// Runs the transaction on the shared thread pool, never on the caller's thread. Its statements may block their
    /// thread while they wait for a row lock, and the caller's thread may be the one the lock's holder needs to go on:
    /// queued work runs on a few low-priority threads of its own (one on a two-core machine), and each <c>await</c> in a
    /// transaction begun there returns there. A transaction that locked a row and awaited, while that thread sat in
    /// another transaction's statement waiting (directly, or through a third, such as the lease renewal) for the same
    /// row, could not commit: PostgreSQL sees no deadlock, as one side waits on a thread, not a lock, and only the 30 s
    /// command timeout ended it, stalling the replica's queue and letting its claims lapse. On the pool the holder always
    /// gets a thread (the pool adds threads when its own are blocked).
    /// </summary>
    public override Task<T> InTransactionAsync<T>(Func<IDbTransaction, Task<T>> work, Isolation isolation, CancellationToken ct = default) =>
        Task.Run(() => RunAsync(work, isolation, ct), ct);

    private async Task<T> RunAsync<T>(Func<IDbTransaction, Task<T>> work, Isolation isolation, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await _source.OpenConnectionAsync(ct);
                await using var transaction = await connection.BeginTransactionAsync(
                    isolation == Isolation.Serializable ? IsolationLevel.Serializable : IsolationLevel.ReadCommitted, ct);
                var result = await work(transaction);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (PostgresException ex) when (attempt < MaxAttempts && IsRetryable(ex))
            {
                // Another replica's transaction changed what this one read: run it again on the state now, after a pause
                // that grows and is spread, so that the two do not meet again at once.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 << Math.Min(attempt, 6))), ct);
            }
        }
    }

    /// <summary>Serialization failures and deadlocks: nothing was written, and running the transaction again is safe.</summary>
    public static bool IsRetryable(PostgresException ex) =>
        ex.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;

    public override async Task<T> ReadAsync<T>(Func<IDbConnection, Task<T>> read, CancellationToken ct = default)
    {
        await using var connection = await _source.OpenConnectionAsync(ct);
        return await read(connection);
    }

    public override void Dispose() => _source.Dispose();
}
