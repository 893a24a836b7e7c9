using System.Data;
using System.Data.Common;
using Npgsql;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The bot's database on a PostgreSQL server, which any number of replicas share. Writers that decide from what they
/// read take turns across every replica, as on SQLite: each such transaction first takes one transaction-level advisory
/// lock, and each of its statements then sees every earlier writer's commit, so the stores keep the guarantees they have
/// on SQLite's single writer (a check and the write it decides are one step). Letting writers run side by side as
/// serializable transactions instead made them fail each other (in a benchmark of 200 declares a second dozens ran out
/// of retries). Reads, the queue's claims (row locks on the rows they take) and writes that decide nothing from an
/// earlier read, declares among them (<see cref="Isolation.RowLocks"/>), do not wait for the turn.
/// </summary>
public sealed class PostgresDatabase : Database
{
    /// <summary>How often a transaction is run again after a deadlock or serialization failure before the failure is the caller's.</summary>
    public const int MaxAttempts = 10;

    /// <summary>The advisory lock writers take turns under (any fixed number; this one spells "IBWR").</summary>
    private const long WriterLock = 0x49425752;

    /// <summary>
    /// The most connections a replica opens when the connection string does not say (<c>Maximum Pool Size</c>; Npgsql's
    /// own default is 100). A burst of requests then waits in the bot for a connection instead of opening a server
    /// process each: at 200 declares a second on two cores, a pool allowed to grow to 100 had the server starting and
    /// warming up backends while it answered (declare p99 2.4–4.0 s in the rounds that grew it), where 16 kept it at
    /// 34–35 ms.
    /// </summary>
    public const int DefaultMaxPoolSize = 16;

    private readonly NpgsqlDataSource _source;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "incidentbot";
        }

        if (!NamesMaxPoolSize(connectionString))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        // The bot keeps no state in a session, so a connection going back to the pool is not reset (DISCARD ALL): the
        // reset would also drop the server's cached plans of the triggers' statements, planned again on the next use.
        builder.NoResetOnClose = true;
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
        }

        ConnectionString = builder.ConnectionString;
        _source = NpgsqlDataSource.Create(builder);
    }

    public override DatabaseEngine Engine => DatabaseEngine.Postgres;

    /// <summary>Whether the connection string sets the pool's maximum itself, under any of Npgsql's spellings.</summary>
    private static bool NamesMaxPoolSize(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())
            .Any(k => k is "MAXIMUMPOOLSIZE" or "MAXPOOLSIZE");
    }

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
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
                if (isolation == Isolation.Serializable)
                {
                    await using var turn = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
                    turn.Parameters.AddWithValue("key", WriterLock);
                    await turn.ExecuteNonQueryAsync(ct);
                }

                var result = await work(transaction);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (PostgresException ex) when (attempt < MaxAttempts && IsRetryable(ex))
            {
                // A deadlock with a claim's row locks, say: nothing was written; run it again on the state now, after a
                // pause that grows and is spread, so that the two do not meet again at once.
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
