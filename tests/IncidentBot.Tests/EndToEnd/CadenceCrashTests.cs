using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using IncidentBot.Testing;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The real process killed with SIGKILL before a reminder is due and restarted after several cadences have passed:
/// the misfired reminder fires once, not once per missed period, and the cadence carries on.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CadenceCrashTests
{
    // Long enough for a loaded machine to start, declare and provision before the first reminder is due.
    private static readonly TimeSpan Cadence = TimeSpan.FromSeconds(6);

    [Test]
    public async Task Reminder_MissedWhileKilled_FiresOnceAtRestartThenKeepsTheCadence()
    {
        await using var slack = await BotHarness.StartSlackAsync();
        var database = TestDatabases.CreateMigrated("cadence-crash");
        var settings = BotHarness.DefaultSettings(slack, database);

        // On PostgreSQL the scheduler is clustered: the restarted process takes the dead one's timers over once its
        // check-in is overdue, so the check-in is a second here.
        settings["IncidentBot:SchedulerCheckin"] = "00:00:01";
        settings["IncidentBot:WorkLease"] = "00:00:02";
        settings["IncidentBot:Severities:sev1:UpdateCadence"] = Cadence.ToString();
        settings["IncidentBot:Severities:sev1:RequiredRoles"] = "ic";
        try
        {
            var incident = await DeclareThenKillAsync(slack, settings, database);
            await Task.Delay(incident.DeclaredAt + 3 * Cadence + TimeSpan.FromSeconds(1) - TimeProvider.System.GetUtcNow());
            Assert.That(Reminders(slack, incident), Is.Empty, "nothing can remind while the bot is down");

            await using var second = BotProcess.Start(settings);
            await second.WaitReadyAsync();
            // When each reminder fired is read from its timeline entry, written as it fires: a post held up by a loaded
            // machine must not make two timely firings look like a burst of missed ones.
            var timeline = new TimelineStore(Database.Open(database));
            async Task<List<DateTimeOffset>> FiredAsync() =>
                (await timeline.ListAsync(incident.Id)).Where(e => e.Kind == TimelineKind.ReminderSent).Select(e => e.OccurredAt).Order().ToList();
            await Eventually.TrueAsync(async () => (await FiredAsync()).Count >= 2, TimeSpan.FromSeconds(20), "the misfired reminder and the next\n" + second.Logs);
            var fired = await FiredAsync();

            Assert.That(fired[1] - fired[0], Is.EqualTo(Cadence).Within(TimeSpan.FromSeconds(2)),
                "a misfire fires once, not once per missed period, and the cadence carries on from it\n" + second.Logs);
            await Eventually.TrueAsync(() => Reminders(slack, incident).Count >= 2, TimeSpan.FromSeconds(10), "both posted\n" + second.Logs);
            Assert.That(Reminders(slack, incident), Has.Count.EqualTo(2), "each firing posted once\n" + second.Logs);
            Assert.That(Reminders(slack, incident)[0].Text, Does.Contain("Update due for INC-1"));
        }
        finally
        {
            TestDatabases.Drop(database);
        }
    }

    private static async Task<Incident> DeclareThenKillAsync(FakeSlackServer slack, Dictionary<string, string?> settings, string database)
    {
        await using var bot = BotProcess.Start(settings);
        await bot.WaitReadyAsync();
        var requests = new SlackRequests(bot.Http, slack, BotHarness.SigningSecret);
        var answer = await requests.CommandAsync("declare sev1 Checkout is failing");
        Assert.That(answer.Text, Does.Contain("Declaring"), bot.Logs);
        var outbox = new OutboxStore(Database.Open(database));
        await Eventually.TrueAsync(async () => await outbox.CountAsync("pending") == 0 && await outbox.CountAsync("running") == 0,
            TimeSpan.FromSeconds(10), "provisioning and scheduling\n" + bot.Logs);
        var incident = (await new IncidentStore(Database.Open(database)).GetByNumberAsync(1))!;
        Assert.That(TimeProvider.System.GetUtcNow(), Is.LessThan(incident.DeclaredAt + Cadence), "killed before the reminder was due");
        bot.Kill();
        return incident;
    }

    private static List<SlackMessage> Reminders(FakeSlackServer slack, Incident incident) =>
        slack.State.Channels.Where(c => c.Name.StartsWith("incident-", StringComparison.Ordinal))
            .SelectMany(c => slack.State.Messages(c.Id))
            .Where(m => m.MetadataEventType == "incident_reminder" && m.Text.Contains($"Update due for {incident.Reference}", StringComparison.Ordinal))
            .ToList();
}
