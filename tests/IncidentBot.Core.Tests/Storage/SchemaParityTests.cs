using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using IncidentBot.Testing;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>
/// Both engines' migrations give the same tables with the same columns, so every store's SQL finds on PostgreSQL what it
/// finds on SQLite. Needs a PostgreSQL server (<c>INCIDENTBOT_TEST_POSTGRES</c>), which CI starts.
/// </summary>
public sealed class SchemaParityTests
{
    [Test]
    public async Task Migrations_OnBothEngines_GiveTheSameTablesAndColumns()
    {
        PostgresRequired.Server();

        await using var sqlite = await TestDatabase.CreateSqliteAsync();
        await using var postgres = await TestDatabase.CreateAsync();

        // The full-text index is left out: it is engine-specific by nature (an FTS5 table and its shadow tables on SQLite,
        // a tsvector table and its list of stale documents on PostgreSQL), and only the list's search reads it, through SQL
        // written for each engine. So is the counter row SQLite numbers incidents from: PostgreSQL uses a sequence.
        var onSqlite = await sqlite.Database.ReadAsync(async c => (await c.QueryAsync<(string Table, string Column, long NotNull)>("""
            SELECT m.name, p.name, MAX(p."notnull", p.pk > 0) FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'incident_search%' AND m.name <> 'counters'
            """)).Select(r => $"{r.Table}.{r.Column}{(r.NotNull != 0 ? " not null" : "")}").Order().ToList());
        var onPostgres = await postgres.Database.ReadAsync(async c => (await c.QueryAsync<(string Table, string Column, string Nullable)>("""
            SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE 'incident_search%'
            """)).Select(r => $"{r.Table}.{r.Column}{(r.Nullable == "NO" ? " not null" : "")}").Order().ToList());

        Assert.That(onPostgres, Is.EqualTo(onSqlite));
    }

    [Test]
    public async Task Migrations_OnPostgres_KeepEveryNumberIn64Bits()
    {
        PostgresRequired.Server();

        await using var postgres = await TestDatabase.CreateAsync();

        var narrow = await postgres.Database.ReadAsync(async c => (await c.QueryAsync<string>("""
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('integer', 'smallint', 'real', 'numeric')
            """)).ToList());

        Assert.That(narrow, Is.Empty, "times and counters are BIGINT");
    }
}
