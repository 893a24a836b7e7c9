using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Hosting;
using IncidentBot.Testing;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>
/// <c>migrate-to-postgres</c> refuses, with exit code 2, one line on stderr and nothing written anywhere, when there is
/// nothing to move, nowhere to move it, or the target already has incidents of its own. The refusals that need no
/// PostgreSQL server run on every engine; where one is needed without a server, a target nothing listens on shows that
/// the command refused before it tried to reach it.
/// </summary>
[TestFixture]
public sealed class MigrateToPostgresRefusalTests
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=nobody;Database=none";

    private readonly List<string> _databases = [];

    [TearDown]
    public void Drop()
    {
        foreach (var setting in _databases)
        {
            TestDatabases.Drop(setting);
        }
    }

    [Test]
    public async Task Migrate_WhenTheSourceDoesNotExist_RefusesAndWritesNothing()
    {
        var missing = TestDatabases.NewSqlite("missing");
        var target = TestDatabases.Server is null ? Unreachable : Track(TestDatabases.Create());

        var (code, output, error) = await RunAsync([$"Data Source={missing}", target]);

        Assert.That(code, Is.EqualTo(MigrateToPostgres.Refused));
        Assert.That(error, Is.EqualTo($"migrate-to-postgres: the source {missing} does not exist: give the SQLite file the bot ran on.\n"));
        Assert.That(output, Is.Empty);
        Assert.That(File.Exists(missing), Is.False, "no file was made where the source should be");
        if (TestDatabases.Server is not null)
        {
            Assert.That(await PostgresTablesAsync(target), Is.Empty);
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Migrate_WhenTheTargetIsNotPostgres_RefusesAndLeavesBothAlone(bool given)
    {
        var source = await SqliteSourceAsync();
        var sqliteTarget = Track(TestDatabases.NewSqlite("target"));
        var before = File.ReadAllBytes(source);

        var (code, output, error) = given
            ? await RunAsync([source, sqliteTarget])
            : await RunAsync([source], sqliteTarget);

        Assert.That(code, Is.EqualTo(MigrateToPostgres.Refused));
        Assert.That(error, Does.StartWith("migrate-to-postgres: the target is not a PostgreSQL database").And.Not.Contain(sqliteTarget));
        Assert.That(output, Is.Empty);
        Assert.That(File.Exists(sqliteTarget), Is.False, "the SQLite target was not made");
        Assert.That(File.ReadAllBytes(source), Is.EqualTo(before), "the source was not touched");
    }

    [TestCase("postgres://ops:s3cret@/incidentbot")]
    [TestCase("Host=;Username=ops;Password=s3cret;Database=incidentbot")]
    public async Task Migrate_WhenTheTargetIsAPostgresSettingItCannotUse_RefusesWithoutRepeatingIt(string setting)
    {
        var source = await SqliteSourceAsync();

        var (code, output, error) = await RunAsync([source, setting]);

        Assert.That(code, Is.EqualTo(MigrateToPostgres.Refused));
        Assert.That(error, Does.StartWith("migrate-to-postgres: the target ").And.Not.Contain("s3cret"));
        Assert.That(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public async Task Migrate_WithNoTargetAnywhere_RefusesNamingWhereOneGoes()
    {
        var source = await SqliteSourceAsync();

        var (code, _, error) = await RunAsync([source]);

        Assert.That(code, Is.EqualTo(MigrateToPostgres.Refused));
        Assert.That(error, Does.Contain("no target").And.Contain("INCIDENTBOT_DATABASE"));
    }

    [Test]
    public async Task Migrate_AsAProcess_WhenTheTargetIsNotPostgres_ExitsWith2()
    {
        var source = await SqliteSourceAsync();

        var run = await MigrationProcess.RunAsync([source], database: "incidentbot.db");

        Assert.That(run.ExitCode, Is.EqualTo(MigrateToPostgres.Refused), run.Output);
        Assert.That(run.Error, Does.StartWith("migrate-to-postgres: the target is not a PostgreSQL database"));
        Assert.That(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Migrate_WhenTheTargetHoldsIncidents_RefusesAndLeavesItUnchanged()
    {
        PostgresRequired.Server();

        var source = Track(TestDatabases.NewSqlite("unmigrated"));
        File.WriteAllBytes(source, []);
        var target = Track(TestDatabases.Create());
        using (var database = Database.Open(target))
        {
            await new Migrator(database).MigrateAsync();
            await database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync("""
                INSERT INTO incidents (number, title, severity, status, is_private, declared_by, declared_at, idempotency_key)
                VALUES (1, 'Already here', 'sev2', 'Investigating', 0, 'U1', 0, 'k1')
                """, transaction: tx));
        }

        var tables = await PostgresTablesAsync(target);

        var (code, output, error) = await RunAsync([source, target]);

        Assert.That(code, Is.EqualTo(MigrateToPostgres.Refused));
        Assert.That(error, Does.Contain("the target already holds 1 incident(s)"));
        Assert.That(output, Is.Empty);
        Assert.That(await PostgresTablesAsync(target), Is.EqualTo(tables), "no table was made (the scheduler's included)");
        using var after = Database.Open(target);
        Assert.That(await after.ReadAsync(c => c.QueryAsync<string>("SELECT title FROM incidents")), Is.EqualTo(new[] { "Already here" }));
        Assert.That(new FileInfo(source).Length, Is.Zero, "the source was not migrated");
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string? database = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { [CoreRegistration.DatabaseVariable] = database }).Build();
        var code = await MigrateToPostgres.RunAsync(args, configuration, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A SQLite file at the latest schema, as a bot that ran on it leaves it.</summary>
    private async Task<string> SqliteSourceAsync()
    {
        var path = Track(TestDatabases.NewSqlite("source"));
        using var database = new SqliteDatabase(path);
        await new Migrator(database).MigrateAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return path;
    }

    private static async Task<List<string>> PostgresTablesAsync(string setting)
    {
        using var database = Database.Open(setting);
        return (await database.ReadAsync(c => c.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"))).ToList();
    }

    private string Track(string setting)
    {
        _databases.Add(setting);
        return setting;
    }
}
