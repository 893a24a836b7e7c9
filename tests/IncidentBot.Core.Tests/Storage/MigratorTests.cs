using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

public sealed class MigratorTests
{
    [Test]
    public async Task Migrate_Twice_AppliesEachMigrationOnce()
    {
        await using var db = await TestDatabase.CreateAsync();

        var again = await new Migrator(db.Database).MigrateAsync();

        Assert.That(again, Is.Empty);
        Assert.That(Migrator.Migrations().First().Name, Is.EqualTo("0001_initial.sql"));
    }

    [Test]
    public async Task Migrate_SetsWriteAheadLogging()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();

        var mode = await db.Database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<string>(c, "PRAGMA journal_mode"));

        Assert.That(mode, Is.EqualTo("wal"));
    }
}
