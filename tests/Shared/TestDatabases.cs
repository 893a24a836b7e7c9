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

    /// <summary>A new SQLite file's path, whatever the run's engine (for tests of SQLite itself).</summary>
    public static string NewSqlite(string purpose = "test") => Path.Combine(Path.GetTempPath(), $"incidentbot-{purpose}-{Guid.NewGuid():N}.db");

    /// <summary>Deletes the database <paramref name="setting"/> names, and a SQLite file's journal.</summary>
    public static void Drop(string setting)
    {
        if (PostgresSettings.TryParse(setting, out var connectionString))
        {
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            NpgsqlConnection.ClearAllPools();
            Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
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
