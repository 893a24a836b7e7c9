using IncidentBot.Core.Storage;
using IncidentBot.Testing;

namespace IncidentBot.Core.Tests.Support;

/// <summary>A migrated database on this run's engine (<see cref="TestDatabases"/>), dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string setting)
    {
        Setting = setting;
        Database = Database.Open(setting);
    }

    /// <summary>The database's <c>INCIDENTBOT_DATABASE</c> setting: a SQLite file's path, or a PostgreSQL connection string.</summary>
    public string Setting { get; }

    public Database Database { get; }

    /// <summary>The SQLite database, for tests of SQLite's own machinery (made with <see cref="CreateSqliteAsync"/>).</summary>
    public SqliteDatabase Sqlite => (SqliteDatabase)Database;

    public static Task<TestDatabase> CreateAsync() => MigratedAsync(TestDatabases.CreateMigrated("core"));

    /// <summary>A SQLite database whatever the run's engine.</summary>
    public static Task<TestDatabase> CreateSqliteAsync() => MigratedAsync(TestDatabases.NewSqlite("core"));

    private static async Task<TestDatabase> MigratedAsync(string setting)
    {
        var db = new TestDatabase(setting);
        await new Migrator(db.Database).MigrateAsync();
        return db;
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        TestDatabases.Drop(Setting);
        return ValueTask.CompletedTask;
    }
}
