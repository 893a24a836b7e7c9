using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Tests.Support;

/// <summary>A migrated SQLite database in a temporary file, deleted on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string path)
    {
        Path = path;
        Database = new SqliteDatabase(path);
    }

    public string Path { get; }

    public SqliteDatabase Database { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var db = new TestDatabase(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"incidentbot-core-{Guid.NewGuid():N}.db"));
        await new Migrator(db.Database).MigrateAsync();
        return db;
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
