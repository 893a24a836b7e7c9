using System.Data.Common;
using System.Globalization;
using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;
using Npgsql;

namespace IncidentBot.Hosting;

/// <summary>
/// <c>migrate-to-postgres &lt;sqlite file or connection string&gt; [&lt;postgres connection string or URL&gt;]</c>: moves a
/// bot that ran as one process on SQLite onto PostgreSQL, where replicas can share it. With the bot stopped, it brings
/// both databases to the latest schema, creates the scheduler's tables on the target as the bot would, and copies every
/// row and pending timer in one target transaction (<see cref="SqliteToPostgresCopy"/>). It refuses, with exit code 2
/// and one line on stderr, before writing anything, when the source is not there, the target is not PostgreSQL, or the
/// target already holds incidents. Neither setting is ever printed: a connection string may hold a password.
/// </summary>
public static class MigrateToPostgres
{
    public const string CommandName = "migrate-to-postgres";

    public const int Refused = 2;

    private const string Usage = $"usage: {CommandName} <sqlite file or connection string> [<postgres connection string or postgres:// URL>]";

    /// <summary>
    /// Runs the command with its arguments (those after its name); the target defaults to <c>INCIDENTBOT_DATABASE</c>
    /// in <paramref name="configuration"/> when that names PostgreSQL. Returns the process's exit code.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error,
        CancellationToken ct = default)
    {
        try
        {
            var (sourceSetting, targetSetting) = Settings(args, configuration);
            using var source = new SqliteDatabase(sourceSetting);
            using var target = new PostgresDatabase(PostgresConnection(targetSetting));
            await RefuseIfHoldsIncidentsAsync(target, ct);
            await new Migrator(source).MigrateAsync(ct);
            await new Migrator(target).MigrateAsync(ct);
            await SchedulerTables.ProvisionAsync(targetSetting, configuration, ct);
            var report = await new SqliteToPostgresCopy(source, target).RunAsync(ct);
            Summarize(report, source, target, output);
            return 0;
        }
        catch (MigrationRefusedException ex)
        {
            await error.WriteLineAsync($"{CommandName}: {ex.Message}");
            return Refused;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or FormatException or NotSupportedException or OverflowException)
        {
            await error.WriteLineAsync($"{CommandName}: failed, no row was copied: {ex.Message}");
            return 1;
        }
    }

    public static string HoldsIncidents(long count) => string.Create(CultureInfo.InvariantCulture,
        $"the target already holds {count} incident(s): copy into a database the bot has not run incidents on.");

    private static (string Source, string Target) Settings(IReadOnlyList<string> args, IConfiguration configuration)
    {
        if (args.Count is < 1 or > 2)
        {
            throw new MigrationRefusedException(Usage);
        }

        if (PostgresSettings.IsPostgres(args[0]))
        {
            throw new MigrationRefusedException("the source is a PostgreSQL database: give the SQLite file the bot ran on.");
        }

        var file = new SqliteDatabase(args[0]).DataSource;
        if (file.Length == 0 || file == ":memory:" || !File.Exists(file))
        {
            throw new MigrationRefusedException($"the source {file} does not exist: give the SQLite file the bot ran on.");
        }

        var target = args.Count == 2 ? args[1] : configuration[CoreRegistration.DatabaseVariable];
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new MigrationRefusedException(
                $"no target: give a PostgreSQL connection string or postgres:// URL after the source, or set {CoreRegistration.DatabaseVariable} to one.");
        }

        _ = PostgresConnection(target);
        return (args[0], target);
    }

    /// <summary>Npgsql's connection string for a PostgreSQL setting; refuses anything else, saying why without repeating it.</summary>
    private static string PostgresConnection(string setting)
    {
        if (PostgresSettings.Problem(setting) is { } problem)
        {
            throw new MigrationRefusedException($"the target {problem}");
        }

        try
        {
            if (PostgresSettings.TryParse(setting, out var connectionString))
            {
                return connectionString;
            }
        }
        catch (Exception ex) when (ex is UriFormatException or ArgumentException or FormatException)
        {
            // Not a setting PostgreSQL's driver reads either.
        }

        throw new MigrationRefusedException("the target is not a PostgreSQL database: give a postgres:// URL or a connection string with Host=….");
    }

    private static async Task RefuseIfHoldsIncidentsAsync(PostgresDatabase target, CancellationToken ct)
    {
        var incidents = await target.ReadAsync(async c =>
            await c.ExecuteScalarAsync<bool>("SELECT to_regclass('incidents') IS NOT NULL")
                ? await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM incidents")
                : 0, ct);
        if (incidents > 0)
        {
            throw new MigrationRefusedException(HoldsIncidents(incidents));
        }
    }

    /// <summary>Rows per table, and where they went, by host and database name only.</summary>
    private static void Summarize(CopyReport report, SqliteDatabase source, PostgresDatabase target, TextWriter output)
    {
        var to = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"Copied {source.DataSource} into PostgreSQL database \"{to.Database}\" on {to.Host}:{to.Port}:"));
        var width = report.Tables.Max(t => t.Name.Length);
        foreach (var table in report.Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(invariant, $"  {table.Name.PadRight(width)}  {table.Rows,8}"));
        }

        output.WriteLine(string.Create(invariant, $"{report.Tables.Sum(t => t.Rows)} row(s) in {report.Tables.Count} tables, in one transaction."));
        if (report.Requeued + report.Released > 0)
        {
            output.WriteLine(string.Create(invariant,
                $"Work the stopped bot had under way waits to be done again: {report.Requeued} queued item(s), {report.Released} timer(s)."));
        }
    }
}
