using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>Every connection the bot opens, fresh or kept between uses, has the settings it relies on.</summary>
public sealed class SqliteDatabaseTests
{
    private TestDatabase _db = null!;

    [SetUp]
    public async Task SetUpAsync() => _db = await TestDatabase.CreateSqliteAsync();

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    [Test]
    public async Task Open_FreshAndKeptConnections_EnforceForeignKeysAndWaitForLocks()
    {
        await using (var fresh = await _db.Sqlite.OpenAsync())
        {
            await AssertSettingsAsync(fresh);
        }

        // Two reads at once need two connections; both are kept, and later reads reuse them.
        var first = new TaskCompletionSource();
        var held = _db.Database.ReadAsync(async c => { await first.Task; await AssertSettingsAsync((SqliteConnection)c); return 0; });
        await _db.Database.ReadAsync(async c => { await AssertSettingsAsync((SqliteConnection)c); return 0; });
        first.SetResult();
        await held;
        Assert.That(_db.Sqlite.IdleConnections, Is.EqualTo(2));

        for (var i = 0; i < 3; i++)
        {
            await _db.Database.ReadAsync(async c => { await AssertSettingsAsync((SqliteConnection)c); return 0; });
        }

        Assert.That(_db.Sqlite.IdleConnections, Is.EqualTo(2), "reads in turn reuse the kept connections");
    }

    [Test]
    public async Task InWriteTurn_WhileItRuns_TheBotsOwnWritersWaitForIt()
    {
        var inside = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var order = new List<string>();
        var turn = _db.Database.InWriteTurnAsync(async () =>
        {
            inside.SetResult();
            await finish.Task;
            lock (order)
            {
                order.Add("other client");
            }

            return 1;
        });
        await inside.Task;

        var write = _db.Database.InTransactionAsync(_ =>
        {
            lock (order)
            {
                order.Add("bot");
            }

            return Task.CompletedTask;
        });
        await Task.Delay(50);
        Assert.That(write.IsCompleted, Is.False, "a bot write went ahead while another client had the turn");

        finish.SetResult();
        Assert.That(await turn, Is.EqualTo(1));
        await write;
        Assert.That(order, Is.EqualTo(new[] { "other client", "bot" }));
    }

    [Test]
    public void InWriteTurn_WorkThatThrows_GivesTheTurnBack()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => _db.Database.InWriteTurnAsync<int>(() => throw new InvalidOperationException("boom")));

        Assert.That(_db.Database.InTransactionAsync(_ => Task.CompletedTask).Wait(TimeSpan.FromSeconds(5)), Is.True);
    }

    [Test]
    public async Task Dispose_ClosesKeptConnections_AndRefusesLaterWork()
    {
        await _db.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT 1"));
        Assert.That(_db.Sqlite.IdleConnections, Is.EqualTo(1));

        _db.Database.Dispose();

        Assert.That(_db.Sqlite.IdleConnections, Is.Zero);
        Assert.ThrowsAsync<ObjectDisposedException>(() => _db.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT 1")));
    }

    [Test]
    public void Write_ReferencingAMissingIncident_IsRefused()
    {
        var ex = Assert.ThrowsAsync<SqliteException>(() => _db.Database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync(
            "INSERT INTO incident_roles (incident_id, role_key, user_id, assigned_at) VALUES (999, 'lead', 'U1', 0)", transaction: tx)));

        Assert.That(ex!.Message, Does.Contain("FOREIGN KEY"));
    }

    private static async Task AssertSettingsAsync(SqliteConnection connection)
    {
        Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
        Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"), Is.EqualTo(30000));
        Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"), Is.EqualTo(1), "NORMAL");
        Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA wal_autocheckpoint"), Is.Zero);
    }
}
