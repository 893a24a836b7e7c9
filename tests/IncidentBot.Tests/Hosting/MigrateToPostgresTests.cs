using Dapper;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Hosting;
using IncidentBot.Jobs;
using IncidentBot.Testing;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace IncidentBot.Tests.Hosting;

/// <summary>
/// A bot that ran on SQLite, stopped and moved with <c>migrate-to-postgres</c> (in process, and as the real process),
/// goes on on PostgreSQL where it left off: every row and pending timer is there, incident numbers continue, and the
/// open incident's reminder fires when it was due. Needs a PostgreSQL server (<c>INCIDENTBOT_TEST_POSTGRES</c>).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class MigrateToPostgresTests
{
    /// <summary>Long enough that the reminder is still pending when the SQLite bot stops, short enough to wait for.</summary>
    private static readonly TimeSpan Cadence = TimeSpan.FromSeconds(25);

    private static readonly string[] Tables =
    [
        "incidents", "incident_roles", "incident_members", "timeline", "incident_updates", "incident_cadence",
        "incident_resolutions", "action_items", "incident_links", "postmortems", "outbox", "slack_effects", "slack_events",
        "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers",
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_paused_trigger_grps",
    ];

    [Test]
    public async Task Migrate_AfterABotRanOnSqlite_CopiesEverythingAndTheBotGoesOnOnPostgres()
    {
        PostgresRequired.Server();

        var settings = CadenceDriver.Settings(("IncidentBot:Severities:sev2:UpdateCadence", "00:00:25"));
        var sqlite = TestDatabases.NewSqlite("migrate");
        var slack = await BotHarness.StartSlackAsync();
        var (open, due) = await RunOnSqliteAsync(settings, slack, sqlite);
        var target = WithPassword(TestDatabases.Create());
        var copy = TestDatabases.Create();
        BotHarness? onPostgres = null;
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { [CoreRegistration.DatabaseVariable] = target }).Build();

            var code = await MigrateToPostgres.RunAsync([sqlite], configuration, output, error);

            Assert.That((code, error.ToString()), Is.EqualTo((0, "")), output.ToString());
            var expected = await CountsAsync(sqlite);
            Assert.That(await CountsAsync(target), Is.EqualTo(expected), output.ToString());
            AssertSummary(output.ToString(), expected);
            Assert.That(await NextReminderAsync(target, open), Is.EqualTo(due), "the pending reminder is due when it was");
            using (var copied = Database.Open(target))
            {
                Assert.That(await copied.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM incident_search")), Is.EqualTo(expected["incidents"]),
                    "every copied incident is indexed for the web view's search");
            }

            var process = await MigrationProcess.RunAsync([sqlite, Url(copy)]);
            Assert.That((process.ExitCode, process.Error), Is.EqualTo((0, "")), process.Output);
            Assert.That(await CountsAsync(copy), Is.EqualTo(expected));
            AssertSummary(process.Output, expected);

            onPostgres = await BotHarness.StartAsync(settings, slack, target);
            await AssertTheBotGoesOnAsync(onPostgres, open, due);
        }
        finally
        {
            if (onPostgres is null)
            {
                await slack.DisposeAsync();
                TestDatabases.Drop(target);
            }
            else
            {
                await onPostgres.DisposeAsync();
            }

            TestDatabases.Drop(copy);
            TestDatabases.Drop(sqlite);
        }
    }

    [Test]
    public async Task Migrate_WorkAStoppedProcessHadUnderWay_WaitsOnPostgresToBeDoneAgain()
    {
        PostgresRequired.Server();

        var sqlite = TestDatabases.NewSqlite("underway");
        var target = TestDatabases.Create();
        try
        {
            await SeedUnderWayAsync(sqlite);
            var output = new StringWriter();

            var code = await MigrateToPostgres.RunAsync([sqlite, target], new ConfigurationBuilder().Build(), output, TextWriter.Null);

            Assert.That(code, Is.Zero, output.ToString());
            Assert.That(output.ToString(), Does.Contain("1 queued item(s), 1 timer(s)"));
            using var database = Database.Open(target);
            var work = await database.ReadAsync(c => c.QuerySingleAsync<(string Status, string? ClaimedBy, long? LeaseUntil)>(
                "SELECT status, claimed_by, lease_until FROM outbox"));
            Assert.That(work, Is.EqualTo(("pending", (string?)null, (long?)null)), "its process is stopped");
            Assert.That(await database.ReadAsync(c => c.QueryAsync<(string, string)>("SELECT sched_name, trigger_state FROM qrtz_triggers")),
                Is.EqualTo(new[] { ("IncidentBot", "WAITING") }), "the bot's timer waits to fire; another scheduler's rows stay behind");
            Assert.That(await database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qrtz_fired_triggers")), Is.Zero);
            Assert.That(await database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT nextval(pg_get_serial_sequence('outbox', 'id'))")),
                Is.EqualTo(51), "ids SQLite gave to rows since pruned are not given again");
            Assert.That(await database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT nextval(pg_get_serial_sequence('incidents', 'number'))")),
                Is.EqualTo(8), "incident numbers SQLite gave to incidents since pruned are not given again");
        }
        finally
        {
            TestDatabases.Drop(target);
            TestDatabases.Drop(sqlite);
        }
    }

    /// <summary>
    /// A SQLite file as a process killed mid-work leaves it: queued work running under its claim, a timer it had
    /// acquired to fire (and its firing record), another scheduler's timer in the same tables, and an id and incident
    /// numbers given to rows since pruned.
    /// </summary>
    private static async Task SeedUnderWayAsync(string sqlite)
    {
        using var database = new SqliteDatabase(sqlite);
        await new Migrator(database).MigrateAsync();
        await SchedulerTables.ProvisionAsync(sqlite, new ConfigurationBuilder().Build());
        await database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync("""
            INSERT INTO outbox (id, kind, payload, status, attempts, next_attempt_at, created_at, claimed_by, lease_until)
            VALUES (50, 'post_update', '{}', 'done', 1, 0, 0, NULL, NULL), (10, 'post_update', '{}', 'running', 1, 0, 0, 'host-1', 123);
            DELETE FROM outbox WHERE id = 50;
            UPDATE counters SET value = 7 WHERE name = 'incident';
            INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, JOB_CLASS_NAME, IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY)
            VALUES ('IncidentBot', 'inc-7', 'update-reminder', 'IncidentBot.Jobs.UpdateReminderJob, IncidentBot', 0, 0, 0, 1),
                   ('Other', 'inc-7', 'update-reminder', 'IncidentBot.Jobs.UpdateReminderJob, IncidentBot', 0, 0, 0, 1);
            INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, NEXT_FIRE_TIME, PRIORITY, TRIGGER_STATE,
                TRIGGER_TYPE, START_TIME, MISFIRE_INSTR)
            VALUES ('IncidentBot', 'inc-7', 'update-reminder', 'inc-7', 'update-reminder', 1, 5, 'ACQUIRED', 'SIMPLE', 1, 1),
                   ('Other', 'inc-7', 'update-reminder', 'inc-7', 'update-reminder', 1, 5, 'WAITING', 'SIMPLE', 1, 1);
            INSERT INTO QRTZ_FIRED_TRIGGERS (SCHED_NAME, ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, INSTANCE_NAME, FIRED_TIME, SCHED_TIME, PRIORITY, STATE)
            VALUES ('IncidentBot', 'e1', 'inc-7', 'update-reminder', 'host-1', 1, 1, 5, 'ACQUIRED');
            """, transaction: tx));
    }

    /// <summary>
    /// Two incidents, one private; an update on the open one, an action item on the private one, which is resolved with
    /// a post-mortem; then the bot stops with the open one's reminder pending. Returns the open one and when it is due.
    /// </summary>
    private static async Task<(Incident Open, DateTimeOffset Due)> RunOnSqliteAsync(Dictionary<string, string?> settings,
        IncidentBot.FakeSlack.FakeSlackServer slack, string sqlite)
    {
        var bot = await BotHarness.StartAsync(settings, slack, sqlite);
        var open = await ResolveSteps.DeclareAsync(bot, "declare sev2 Checkout is failing");
        var secret = await ResolveSteps.DeclareAsync(bot, "declare sev1 --private Leaked credentials");
        Assert.That((await bot.Requests.CommandAsync("update Rolled back the deploy", "U1", open.ChannelId!)).Text, Does.Contain("Posted update #1"));
        Assert.That((await bot.Requests.CommandAsync("action Rotate the keys <@U2> p1", "U1", secret.ChannelId!)).Text, Does.Contain("Action item"));
        await ResolveSteps.ResolveAsync(bot, secret);
        await ResolveSteps.WaitForFilesAsync(bot, secret.ChannelId!, 1);
        var due = await bot.Services.GetRequiredServiceOf<JobScheduler>().NextFireAsync(IncidentJobKeys.UpdateReminder(open.Id));
        Assert.That(due, Is.Not.Null.And.GreaterThan(TimeProvider.System.GetUtcNow()), "the open incident's reminder is pending");
        await bot.StopAsync();
        return (open, due!.Value);
    }

    private static async Task AssertTheBotGoesOnAsync(BotHarness bot, Incident open, DateTimeOffset due)
    {
        var list = await bot.Requests.CommandAsync("list", "U1");
        Assert.That(list.Text, Does.Contain("INC-1").And.Contain("Checkout is failing"));
        Assert.That((await bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(2))!.IsPrivate, Is.True);

        var next = await ResolveSteps.DeclareAsync(bot, "declare sev3 Search is slow");
        Assert.That(next.Number, Is.EqualTo(3));

        var driver = new CadenceDriver(bot);
        var wait = due - TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(10);
        var reminder = await driver.WaitForReminderAsync(open, 1, wait > TimeSpan.FromSeconds(10) ? wait : TimeSpan.FromSeconds(10));
        Assert.That(reminder.Text, Does.Contain("Update due for INC-1"));
        Assert.That(CadenceDriver.TimeOf(reminder), Is.GreaterThan(due - TimeSpan.FromSeconds(1)), "not before it was due");
        await bot.WaitForIdleAsync();
        Assert.That(await bot.Services.GetRequiredServiceOf<JobScheduler>().NextFireAsync(IncidentJobKeys.UpdateReminder(open.Id)),
            Is.GreaterThan(due), "the cadence goes on");
    }

    private static void AssertSummary(string output, Dictionary<string, long> counts)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var (table, rows) in counts)
        {
            Assert.That(lines, Has.One.Matches<string>(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var name, var n] &&
                name == table && n == rows.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{table}: {rows} in\n{output}");
        }

        Assert.That(output, Does.Not.Contain("s3cret"), "no password in the output");
        Assert.That(lines, Has.None.StartsWith("qrtz_fired_triggers").Or.StartsWith("qrtz_scheduler_state").Or.StartsWith("qrtz_locks"));
        Assert.That(counts["incidents"], Is.EqualTo(2));
        Assert.That(counts.Where(c => c.Key is "incident_updates" or "action_items" or "postmortems" or "incident_resolutions" or "qrtz_triggers"
            or "qrtz_cron_triggers").Select(c => c.Value), Has.All.GreaterThan(0));
    }

    /// <summary>Rows per table that moves.</summary>
    private static async Task<Dictionary<string, long>> CountsAsync(string setting)
    {
        using var database = Database.Open(setting);
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            counts[table] = await database.ReadAsync(c => c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}"));
        }

        return counts;
    }

    private static async Task<DateTimeOffset> NextReminderAsync(string setting, Incident incident)
    {
        using var database = Database.Open(setting);
        var ticks = await database.ReadAsync(c => c.ExecuteScalarAsync<long>(
            "SELECT MIN(next_fire_time) FROM qrtz_triggers WHERE job_name = @name AND job_group = @group",
            new { name = IncidentJobKeys.UpdateReminder(incident.Id).Name, group = IncidentJobKeys.UpdateReminder(incident.Id).Group }));
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    /// <summary>The setting with a password, which the server (trusting local connections) ignores and no output may show.</summary>
    private static string WithPassword(string setting) => new NpgsqlConnectionStringBuilder(setting) { Password = "s3cret-keywords" }.ConnectionString;

    private static string Url(string setting)
    {
        var b = new NpgsqlConnectionStringBuilder(setting);
        return $"postgres://{b.Username}:s3cret-url@{b.Host}:{b.Port}/{b.Database}";
    }
}
