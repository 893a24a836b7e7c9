using IncidentBot.Core.Storage;
using Npgsql;

namespace IncidentBot.Testing;

/// <summary>
/// Fresh databases for tests, on the engine the run is for: SQLite files by default; PostgreSQL when
/// <c>INCIDENTBOT_TEST_POSTGRES</c> names a server (a connection string with rights to create databases, such as the one
/// <c>scripts/throwaway-postgres start</c> prints), where each test gets a database of its own. The same tests run on
/// both engines this way.
/// </summary>
public static class TestDatabases
{
    public const string ServerVariable = "INCIDENTBOT_TEST_POSTGRES";

    /// <summary>The PostgreSQL server this run uses, or null for SQLite.</summary>
    public static string? Server { get; } = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public static DatabaseEngine Engine => Server is null ? DatabaseEngine.Sqlite : DatabaseEngine.Postgres;

    /// <summary>A new, empty database's <c>INCIDENTBOT_DATABASE</c> setting on this run's engine.</summary>
    public static string Create(string purpose = "test") => Engine == DatabaseEngine.Sqlite ? NewSqlite(purpose) : NewPostgres();

    /// <summary>
    /// A new database on this run's engine with every migration already applied: a copy of one migrated once per test
    /// process (a SQLite file copied; a PostgreSQL database made from a template), so tests do not each pay for the
    /// migrations. The bot's own migration at start then finds nothing to do, as after any restart.
    /// </summary>
    public static string CreateMigrated(string purpose = "test")
    {
        if (Engine == DatabaseEngine.Sqlite)
        {
            var path = NewSqlite(purpose);
            File.Copy(SqliteTemplate.Value, path);
            return path;
        }

        var name = $"ib_{Guid.NewGuid():N}";
        Admin($"CREATE DATABASE \"{name}\" TEMPLATE \"{PostgresTemplate.Value}\" STRATEGY FILE_COPY");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    private static readonly Lazy<string> SqliteTemplate = new(() =>
    {
        var path = NewSqlite("template");
        Migrate(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(path);
        return path;
    });

    private static readonly Lazy<string> PostgresTemplate = new(() =>
    {
        var setting = NewPostgres();
        Migrate(setting);
        var name = new NpgsqlConnectionStringBuilder(setting).Database!;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(setting);
        return name;
    });

    /// <summary>Migrates the database and closes every connection to it, so it can be copied.</summary>
    private static void Migrate(string setting)
    {
        using (var database = Database.Open(setting))
        {
            new Migrator(database).MigrateAsync().GetAwaiter().GetResult();
        }

        if (Engine == DatabaseEngine.Sqlite)
        {
            // Folds the write-ahead log into the file, so the file alone is the whole database; each copy's first
            // migration turns WAL back on.
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={setting};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            command.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A new SQLite file's path, whatever the run's engine (for tests of SQLite itself).</summary>
    public static string NewSqlite(string purpose = "test") => Path.Combine(Path.GetTempPath(), $"incidentbot-{purpose}-{Guid.NewGuid():N}.db");

    /// <summary>Deletes the database <paramref name="setting"/> names, and a SQLite file's journal.</summary>
    public static void Drop(string setting)
    {
        if (PostgresSettings.TryParse(setting, out var connectionString))
        {
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            NpgsqlConnection.ClearAllPools();
            // The server is a throwaway one: the test need not wait for its database to go.
            _ = Task.Run(() => Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(setting + suffix);
        }
    }

    private static string NewPostgres()
    {
        var name = $"ib_{Guid.NewGuid():N}";
        Admin($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
