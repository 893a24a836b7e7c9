using System.Data.Common;
using IncidentBot.Jobs;

namespace IncidentBot.Tests.Jobs;

/// <summary>The scheduler's connections to the bot's SQLite file have the settings the bot's own connections have.</summary>
[TestFixture]
public sealed class SchedulerConnectionsTests
{
    private string _path = null!;

    [SetUp]
    public void SetUp() => _path = Path.Combine(Path.GetTempPath(), $"incidentbot-scheduler-{Guid.NewGuid():N}.db");

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    [Test]
    public async Task Connections_OpenedEitherWay_WaitForTheWriteLockAndDoNotSyncEachCommit()
    {
        await using (var opened = Create())
        {
            opened.Open();
            await AssertSettingsAsync(opened);
        }

        // Again from the driver's pool, and through the asynchronous open the scheduler uses.
        for (var i = 0; i < 2; i++)
        {
            await using var reused = Create();
            await reused.OpenAsync();
            await AssertSettingsAsync(reused);
        }
    }

    private DbConnection Create()
    {
        var connection = SchedulerConnections.Instance.CreateConnection()!;
        connection.ConnectionString = $"Data Source={_path}";
        return connection;
    }

    private static async Task AssertSettingsAsync(DbConnection connection)
    {
        Assert.That(await ScalarAsync(connection, "PRAGMA busy_timeout"), Is.EqualTo(30000));
        Assert.That(await ScalarAsync(connection, "PRAGMA synchronous"), Is.EqualTo(1), "NORMAL");
        Assert.That(await ScalarAsync(connection, "PRAGMA wal_autocheckpoint"), Is.Zero);
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
