using System.Data;
using System.Data.Common;
using Dapper;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The bot's database, whichever engine holds it: work runs in write transactions (<see cref="InTransactionAsync{T}"/>)
/// or reads (<see cref="ReadAsync{T}"/>); the stores' SQL is written for both engines, and where they differ they ask
/// <see cref="Engine"/>. <c>INCIDENTBOT_DATABASE</c> chooses it (<see cref="Open"/>).
/// </summary>
public abstract class Database : IDisposable
{
    static Database()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public abstract DatabaseEngine Engine { get; }

    /// <summary>The engine's name as <c>/readyz</c> reports it.</summary>
    public string EngineName => Engine == DatabaseEngine.Postgres ? "postgresql" : "sqlite";

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction and commits it. The work may run more than once (PostgreSQL
    /// retries a transaction that met a concurrent one's changes), so it only reads and writes through the transaction.
    /// </summary>
    public abstract Task<T> InTransactionAsync<T>(Func<IDbTransaction, Task<T>> work, Isolation isolation, CancellationToken ct = default);

    public Task<T> InTransactionAsync<T>(Func<IDbTransaction, Task<T>> work, CancellationToken ct = default) =>
        InTransactionAsync(work, Isolation.Serializable, ct);

    public Task InTransactionAsync(Func<IDbTransaction, Task> work, CancellationToken ct = default) =>
        InTransactionAsync(work, Isolation.Serializable, ct);

    public Task InTransactionAsync(Func<IDbTransaction, Task> work, Isolation isolation, CancellationToken ct = default) =>
        InTransactionAsync(async tx => { await work(tx); return true; }, isolation, ct);

    /// <summary>Runs a read on a connection of its own for the duration.</summary>
    public abstract Task<T> ReadAsync<T>(Func<IDbConnection, Task<T>> read, CancellationToken ct = default);

    /// <summary>
    /// Runs work that writes through another client (the scheduler's store) in this process's turn to write, where the
    /// engine has one writer at a time; elsewhere it simply runs.
    /// </summary>
    public virtual Task<T> InWriteTurnAsync<T>(Func<Task<T>> work, CancellationToken ct = default) => work();

    public Task InWriteTurnAsync(Func<Task> work, CancellationToken ct = default) =>
        InWriteTurnAsync(async () => { await work(); return true; }, ct);

    /// <summary>Opens a new connection, which the caller owns.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default);

    public async Task<bool> IsReachableAsync(CancellationToken ct = default)
    {
        try
        {
            return await ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT 1"), ct) == 1;
        }
        catch (DbException)
        {
            return false;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The database <paramref name="setting"/> names: PostgreSQL for a <c>postgres://</c> or <c>postgresql://</c> URL or
    /// a connection string with a <c>Host</c> (Npgsql's keywords); otherwise a SQLite file path or connection string.
    /// </summary>
    public static Database Open(string setting) =>
        PostgresSettings.TryParse(setting, out var connectionString) ? new PostgresDatabase(connectionString) : new SqliteDatabase(setting);

    public abstract void Dispose();
}
