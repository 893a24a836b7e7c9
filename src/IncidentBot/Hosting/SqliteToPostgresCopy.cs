using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace IncidentBot.Hosting;

/// <summary>
/// Copies the bot's rows from a SQLite file into a PostgreSQL database, both at the latest schema, in one target
/// transaction: every table of the bot's (the migrations' bookkeeping aside) and the scheduler's pending timers
/// (<see cref="SchedulerTables.Pending"/>), ids and all, so everything that names a row by its id (the timers' job keys,
/// the effect ledger's keys) still finds it. The target holds no incidents; whatever else it holds in those tables (a
/// bot started on it once leaves its daily timers) gives way to the source's.
/// </summary>
public sealed class SqliteToPostgresCopy(SqliteDatabase source, PostgresDatabase target)
{
    public async Task<CopyReport> RunAsync(CancellationToken ct = default)
    {
        await using var from = await source.OpenAsync(ct);
        await using var read = from.BeginTransaction(deferred: true);
        await using var to = (NpgsqlConnection)await target.OpenConnectionAsync(ct);
        await using var write = await to.BeginTransactionAsync(ct);
        var catalog = await PostgresCatalog.ReadAsync(to, write);
        var names = await SourceTablesAsync(from, read, catalog);
        var tables = catalog.Tables.Where(names.ContainsKey).ToList();
        await LockAsync(to, write, tables);

        foreach (var table in Enumerable.Reverse(tables))
        {
            await to.ExecuteAsync($"DELETE FROM {Quote(table)}{SchedulerRowsOnly(table)}", new { scheduler = JobsRegistration.SchedulerName }, write);
        }

        var copied = new List<CopiedTable>();
        foreach (var table in tables)
        {
            // Rows arrive as they were: a trigger that stamps rows as they are inserted would stamp them anew.
            var triggered = catalog.HasTriggers(table);
            await SetTriggersAsync(to, write, table, triggered, enabled: false);
            copied.Add(new CopiedTable(table, await CopyTableAsync(from, read, to, catalog, table, names[table], ct)));
            await SetTriggersAsync(to, write, table, triggered, enabled: true);
        }

        await to.ExecuteAsync(SearchIndexSql, transaction: write);

        // The process that was running this work is stopped: it waits for the next one that starts.
        var requeued = await to.ExecuteAsync(
            "UPDATE outbox SET status = 'pending', claimed_by = NULL, lease_until = NULL WHERE status = 'running'", transaction: write);
        var released = await to.ExecuteAsync(SchedulerTables.ReleaseSql, new { scheduler = JobsRegistration.SchedulerName }, write);
        await ContinueSequencesAsync(from, read, to, write, catalog, tables);
        await write.CommitAsync(ct);
        return new CopyReport(copied, requeued, released);
    }

    /// <summary>
    /// The source's tables that are copied, by the target's name for each: the bot's tables and the scheduler's pending
    /// timers, not the migrations' bookkeeping, which each side keeps for itself. Only tables the source has are copied
    /// (and emptied on the target first), so tables of anyone else's in the target's schema are never touched; a table
    /// of the bot's that the target lacks is an error, not rows quietly left behind.
    /// </summary>
    private static async Task<Dictionary<string, string>> SourceTablesAsync(SqliteConnection from, SqliteTransaction read, PostgresCatalog catalog)
    {
        var names = (await from.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                transaction: read))
            .Where(n => Copied(n.ToLowerInvariant()))
            .ToDictionary(n => n.ToLowerInvariant(), n => n);
        if (names.Keys.FirstOrDefault(t => !catalog.Tables.Contains(t)) is { } missing)
        {
            throw new InvalidOperationException($"The target has no table {missing} for the source's rows: the two schemas differ.");
        }

        return names;
    }

    /// <summary>
    /// Not copied: the migrations' bookkeeping, the search index (rebuilt), and SQLite's counter row of incident numbers,
    /// which PostgreSQL keeps as a sequence (continued past it, <see cref="ContinueSequencesAsync"/>).
    /// </summary>
    private static bool Copied(string table) =>
        table != "schema_migrations" && table != "counters" && !IsSearchIndex(table)
        && (!table.StartsWith(SchedulerTables.Prefix, StringComparison.Ordinal) || SchedulerTables.Pending.Contains(table));

    /// <summary>
    /// The full-text index: SQLite's FTS5 table and its shadow tables, which PostgreSQL keeps in its own form; it is
    /// rebuilt on the target from the copied rows instead (<see cref="SearchIndexSql"/>).
    /// </summary>
    private static bool IsSearchIndex(string table) =>
        table == "incident_search" || table.StartsWith("incident_search_", StringComparison.Ordinal);

    /// <summary>Indexes every copied incident for search, as the triggers (off while rows were copied) would have.</summary>
    private const string SearchIndexSql = "DO $$ BEGIN PERFORM incident_search_refresh(id) FROM incidents; END $$";

    private static string SchedulerRowsOnly(string table) =>
        table.StartsWith(SchedulerTables.Prefix, StringComparison.Ordinal) ? " WHERE sched_name = @scheduler" : "";

    /// <summary>
    /// Takes the tables for the copy, so that a replica started too early waits instead of writing among the copied
    /// rows, and checks again, now that nothing can add one, that the target has no incidents.
    /// </summary>
    private static async Task LockAsync(NpgsqlConnection to, NpgsqlTransaction write, IReadOnlyList<string> tables)
    {
        await to.ExecuteAsync("SET LOCAL lock_timeout = '30s'", transaction: write);
        await to.ExecuteAsync($"LOCK TABLE {string.Join(", ", tables.Select(Quote))} IN ACCESS EXCLUSIVE MODE", transaction: write);
        var incidents = await to.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM incidents", transaction: write);
        if (incidents > 0)
        {
            throw new MigrationRefusedException(MigrateToPostgres.HoldsIncidents(incidents));
        }
    }

    private static async Task SetTriggersAsync(NpgsqlConnection to, NpgsqlTransaction write, string table, bool triggered, bool enabled)
    {
        if (triggered)
        {
            await to.ExecuteAsync($"ALTER TABLE {Quote(table)} {(enabled ? "ENABLE" : "DISABLE")} TRIGGER USER", transaction: write);
        }
    }

    /// <summary>
    /// Streams the source table's rows into the target's (binary COPY), columns matched by name in any case (the
    /// scheduler's SQLite tables are upper case) and each value converted to its target column's type.
    /// </summary>
    private static async Task<long> CopyTableAsync(SqliteConnection from, SqliteTransaction read, NpgsqlConnection to, PostgresCatalog catalog,
        string table, string name, CancellationToken ct)
    {
        await using var select = from.CreateCommand();
        select.Transaction = read;
        select.CommandText = $"SELECT * FROM {Quote(name)}{SchedulerRowsOnly(table)}";
        select.Parameters.AddWithValue("@scheduler", JobsRegistration.SchedulerName);
        await using var rows = await select.ExecuteReaderAsync(ct);
        var columns = Enumerable.Range(0, rows.FieldCount).Select(i => catalog.Column(table, rows.GetName(i)) ?? throw new InvalidOperationException(
            $"{name}.{rows.GetName(i)} has no column to go to in {table}: the two schemas differ.")).ToList();
        await using var import = await to.BeginBinaryImportAsync(
            $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)", ct);
        while (await rows.ReadAsync(ct))
        {
            await import.StartRowAsync(ct);
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Convert(rows.GetValue(i)) is { } value)
                {
                    await import.WriteAsync(value, columns[i].DbType, ct);
                }
                else
                {
                    await import.WriteNullAsync(ct);
                }
            }
        }

        return (long)await import.CompleteAsync(ct);
    }

    /// <summary>
    /// Moves each sequence past the values copied, and past every one the source ever gave: SQLite's AUTOINCREMENT never
    /// gives an id again, even one whose row was pruned (the effect ledger may still hold a key made from it), nor its
    /// counter row an incident number.
    /// </summary>
    private static async Task ContinueSequencesAsync(SqliteConnection from, SqliteTransaction read, NpgsqlConnection to, NpgsqlTransaction write,
        PostgresCatalog catalog, IReadOnlyList<string> tables)
    {
        var given = new Dictionary<(string Table, string Column), long>();
        foreach (var (name, value) in await GivenAsync(from, read, "sqlite_sequence", "SELECT name, seq FROM sqlite_sequence"))
        {
            given[(name.ToLowerInvariant(), "id")] = value;
        }

        foreach (var (_, value) in await GivenAsync(from, read, "counters", "SELECT name, value FROM counters WHERE name = 'incident'"))
        {
            given[("incidents", "number")] = value;
        }

        foreach (var table in tables)
        {
            foreach (var (column, sequence) in catalog.Sequences(table))
            {
                var last = Math.Max(await to.ExecuteScalarAsync<long?>($"SELECT MAX({Quote(column)}) FROM {Quote(table)}", transaction: write) ?? 0,
                    given.GetValueOrDefault((table, column.ToLowerInvariant())));
                if (last > 0)
                {
                    await to.ExecuteAsync("SELECT setval(@sequence::regclass, @last)", new { sequence, last }, write);
                }
            }
        }
    }

    private static async Task<IEnumerable<(string Name, long Value)>> GivenAsync(SqliteConnection from, SqliteTransaction read, string table, string sql) =>
        await from.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = @table", new { table }, read) == 0
            ? []
            : await from.QueryAsync<(string, long)>(sql, transaction: read);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
