using System.Reflection;
using Dapper;

namespace IncidentBot.Core.Storage;

/// <summary>Applies the numbered SQL migrations embedded in this assembly, each once, in order.</summary>
public sealed class Migrator(SqliteDatabase database)
{
    private const string Prefix = "IncidentBot.Core.Storage.Migrations.";

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await using (var connection = await database.OpenAsync(ct))
        {
            // WAL is a property of the database file: set once, kept across connections.
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
            await connection.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);");
        }

        var applied = new List<string>();
        foreach (var (name, sql) in Migrations())
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
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (@name, datetime('now'))", new { name }, tx);
                return true;
            }, ct);
            if (done)
            {
                applied.Add(name);
            }
        }

        return applied;
    }

    public static IEnumerable<(string Name, string Sql)> Migrations()
    {
        var assembly = typeof(Migrator).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[Prefix.Length..], reader.ReadToEnd());
        }
    }
}
