using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

public sealed class CheckpointTests
{
    [Test]
    public async Task Open_Connection_NeverCheckpointsInsideACommit()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();

        var pages = await db.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("PRAGMA wal_autocheckpoint"));

        Assert.That(pages, Is.EqualTo(0));
    }

    [TestCase(false, 0)]
    [TestCase(true, 50)]
    public async Task Checkpoint_AfterWrites_IsWhatPutsThemInTheDatabaseFile(bool checkpoint, long expectedInFile)
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        await db.Sqlite.CheckpointAsync();
        var store = new IncidentStore(db.Database);
        for (var i = 0; i < 50; i++)
        {
            await db.Database.InTransactionAsync(tx => store.InsertAsync(tx, new NewIncident($"Outage {i}", "sev2", false, "U1", 0, null, null, $"k{i}", null)));
        }

        if (checkpoint)
        {
            await db.Sqlite.CheckpointAsync();
        }

        var fileOnly = db.Setting + ".copy";
        File.Copy(db.Setting, fileOnly);
        try
        {
            var inFile = await new SqliteDatabase(fileOnly).ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM incidents"));
            Assert.That(inFile, Is.EqualTo(expectedInFile));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(fileOnly);
        }
    }
}
