using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>Every connection the bot opens, fresh or reused from the pool, has the settings it relies on.</summary>
public sealed class SqliteDatabaseTests
{
    private TestDatabase _db = null!;

    [SetUp]
    public async Task SetUpAsync() => _db = await TestDatabase.CreateAsync();

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    [Test]
    public async Task Open_FreshAndPooledConnections_EnforceForeignKeysAndWaitForLocks()
    {
        // Two held at once forces a second SQLite connection; reopening after both close reuses the pooled ones.
        await using (var first = await _db.Database.OpenAsync())
        await using (var second = await _db.Database.OpenAsync())
        {
            await AssertSettingsAsync(first);
            await AssertSettingsAsync(second);
        }

        for (var i = 0; i < 3; i++)
        {
            await using var reused = await _db.Database.OpenAsync();
            await AssertSettingsAsync(reused);
        }
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
