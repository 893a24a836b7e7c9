using System.Data;
using System.Data.Common;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>
/// A database that runs every write transaction's work twice, as PostgreSQL does when a concurrent transaction changed
/// what the first run read: the first run is rolled back, the second commits.
/// </summary>
internal sealed class RerunningDatabase(Database inner) : Database
{
    public override DatabaseEngine Engine => inner.Engine;

    public override async Task<T> InTransactionAsync<T>(Func<IDbTransaction, Task<T>> work, Isolation isolation, CancellationToken ct = default)
    {
        var conflict = new InvalidOperationException("A concurrent transaction changed what this one read.");
        try
        {
            await inner.InTransactionAsync<T>(async tx =>
            {
                await work(tx);
                throw conflict;
            }, isolation, ct);
        }
        catch (InvalidOperationException ex) when (ex == conflict)
        {
            // Rolled back, as a serialization failure is; the work runs again below.
        }

        return await inner.InTransactionAsync(work, isolation, ct);
    }

    public override Task<T> ReadAsync<T>(Func<IDbConnection, Task<T>> read, CancellationToken ct = default) => inner.ReadAsync(read, ct);

    public override Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default) => inner.OpenConnectionAsync(ct);

    public override void Dispose()
    {
        // The inner database belongs to the test that made it.
    }
}
