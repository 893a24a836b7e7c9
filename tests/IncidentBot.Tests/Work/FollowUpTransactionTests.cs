using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Testing;
using IncidentBot.Tests.Support;
using IncidentBot.Work;

namespace IncidentBot.Tests.Work;

/// <summary>
/// PostgreSQL transactions begun from queued work, which runs on one low-priority thread on a two-core machine: one
/// transaction holds a row lock and awaits, while the next, begun on that thread, blocks on the same row. The holder must
/// still get a thread to commit on, or both wait until the 30 s command timeout.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FollowUpTransactionTests
{
    private string? _setting;

    [SetUp]
    public void SetUp()
    {
        PostgresRequired.Server();

        _setting = TestDatabases.Create("threads");
    }

    [TearDown]
    public void TearDown()
    {
        if (_setting is not null)
        {
            TestDatabases.Drop(_setting);
        }
    }

    [Test]
    public async Task InTransaction_LockHolderAwaitsWhileTheOnlyFollowUpThreadBlocksOnItsRow_BothCommitAtOnce()
    {
        using var database = Database.Open(_setting!);
        await database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync(
            "CREATE TABLE counters (id INT PRIMARY KEY, value INT NOT NULL); INSERT INTO counters VALUES (1, 0)", transaction: tx));
        using var threads = new FollowUpThreads(1, 0);
        var locked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var goOn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var holder = threads.RunAsync(() => database.InTransactionAsync(async tx =>
        {
            await tx.Connection!.ExecuteAsync("UPDATE counters SET value = value + 1 WHERE id = 1", transaction: tx);
            locked.TrySetResult();
            await goOn.Task;
        }));
        await locked.Task;
        var blocked = threads.RunAsync(() => database.InTransactionAsync(tx =>
        {
            // A synchronous statement, as the stores' own are: it holds its thread while it waits for the row.
            tx.Connection!.Execute("UPDATE counters SET value = value + 1 WHERE id = 1", transaction: tx);
            return Task.CompletedTask;
        }));
        await Eventually.TrueAsync(async () => await LockWaitsAsync(database) == 1, TimeSpan.FromSeconds(10), "the second update to wait for the row");
        goOn.SetResult();

        var both = Task.WhenAll(holder, blocked);
        Assert.That(await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(10))), Is.SameAs(both), "the lock holder committed");
        Assert.That(await database.ReadAsync(c => c.ExecuteScalarAsync<int>("SELECT value FROM counters WHERE id = 1")), Is.EqualTo(2));
    }

    private static Task<long> LockWaitsAsync(Database database) => database.ReadAsync(c => c.ExecuteScalarAsync<long>(
        "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"));
}
