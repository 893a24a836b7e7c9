using System.Data.Common;
using System.Reflection;
using Dapper;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Applies the numbered SQL migrations embedded in this assembly for the database's engine (<c>Migrations/sqlite</c>,
/// <c>Migrations/postgres</c>), each once, in order. The two sets give the same tables and columns (a test compares
/// them); PostgreSQL's starts from the schema SQLite's reached in steps. Replicas starting together on PostgreSQL
/// migrate one at a time (an advisory lock), so each migration is applied once.
/// </summary>
public sealed class Migrator(Database database, TimeProvider time)
{
    public Migrator(Database database)
        : this(database, TimeProvider.System)
    {
    }

    private const string Prefix = "IncidentBot.Core.Storage.Migrations.";

    /// <summary>The advisory lock replicas take while migrating (any fixed number; this one spells "IBMG").</summary>
    private const long MigrationLock = 0x49424D47;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        if (database.Engine == DatabaseEngine.Sqlite)
        {
            // WAL is a property of the database file: set once, kept across connections.
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        }
        else
        {
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = MigrationLock });
        }

        try
        {
            await connection.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);");
            return await ApplyAsync(ct);
        }
        finally
        {
            if (database.Engine == DatabaseEngine.Postgres)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = MigrationLock });
            }
        }
    }

    private async Task<IReadOnlyList<string>> ApplyAsync(CancellationToken ct)
    {
        var applied = new List<string>();
        foreach (var (name, sql) in Migrations(database.Engine))
        {
            var done = await database.InTransactionAsync(async tx =>
            {
                var exists = await tx.Connection!.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM schema_migrations WHERE name = @name", new { name }, tx);
                if (exists > 0)
                {
                    return false;
                }

                await tx.Connection!.ExecuteAsync(sql, transaction: tx);
                await tx.Connection!.ExecuteAsync(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (@name, @at)",
                    new { name, at = time.GetUtcNow().ToString("u", System.Globalization.CultureInfo.InvariantCulture) }, tx);
                return true;
            }, ct);
            if (done)
            {
                applied.Add(name);
            }
        }

        return applied;
    }

    /// <summary>The engine's migrations by name (<c>0001_initial.sql</c>), in order.</summary>
    public static IEnumerable<(string Name, string Sql)> Migrations(DatabaseEngine engine = DatabaseEngine.Sqlite)
    {
        var folder = Prefix + (engine == DatabaseEngine.Postgres ? "postgres." : "sqlite.");
        var assembly = typeof(Migrator).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[folder.Length..], reader.ReadToEnd());
        }
    }
}
