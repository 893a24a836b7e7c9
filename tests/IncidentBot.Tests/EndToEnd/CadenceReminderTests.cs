using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;
using IncidentBot.Work;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Update reminders on a second-scale cadence: on time, rescheduled by updates, escalated, stopped by resolution.</summary>
[TestFixture]
public sealed class CadenceReminderTests
{
    private static readonly TimeSpan Cadence = TimeSpan.FromSeconds(3);
    private BotHarness _bot = null!;
    private CadenceDriver _driver = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:Severities:sev1:UpdateCadence", "00:00:03"),
            ("IncidentBot:Severities:sev1:EscalationTarget", "S0ONCALL"),
            ("IncidentBot:Severities:sev1:RequiredRoles", "ic"),
            ("IncidentBot:Severities:sev2:UpdateCadence", "00:00:05")));
        _driver = new CadenceDriver(_bot);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Reminder_AfterOneCadenceWithoutUpdate_ArrivesOnTimeMentioningTheCommander()
    {
        var incident = await _driver.DeclareAsync();

        var reminder = await _driver.WaitForReminderAsync(incident, 1, TimeSpan.FromSeconds(8));

        var due = incident.DeclaredAt + Cadence;
        Assert.That((CadenceDriver.TimeOf(reminder) - due).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That(reminder.Visible(), Does.Contain("<@U1>").And.Contain("Update due for INC-1 (SEV1, every 3 s)"));
        Assert.That(reminder.BlocksJson, Does.Contain("\"post_update\"").And.Contain("\"snooze\""));
        Assert.That((await _driver.TimelineAsync(incident)).Select(e => e.Kind), Does.Contain(TimelineKind.ReminderSent));
        await Eventually.TrueAsync(() => _bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible().Contains(
            SlackText.Date(due) + " (overdue)", StringComparison.Ordinal), TimeSpan.FromSeconds(5), "the brief to show the update overdue");
    }

    [Test]
    public async Task Update_BeforeTheReminder_PostsTheUpdateAndPushesTheReminderOneCadenceOn()
    {
        var incident = await _driver.DeclareAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var answer = await _bot.Requests.CommandAsync("update Rolled back the deploy", channel: incident.ChannelId!);
        var updated = await _driver.ReloadAsync(incident);
        var reminder = await _driver.WaitForReminderAsync(incident, 1, TimeSpan.FromSeconds(8));

        Assert.That(answer.Text, Does.Contain("Posted update #1"));
        var due = updated.LastUpdateAt!.Value + Cadence;
        Assert.That((CadenceDriver.TimeOf(reminder) - due).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
        var update = _driver.ChannelMessages(incident, "incident_update").Single();
        Assert.That(update.Visible(), Does.Contain("INC-1 · Update #1 · <!date^").And.Contain("Rolled back the deploy").And.Not.Contain("Initial assessment"),
            "a quick update is never the initial assessment");
        Assert.That(_bot.Slack.State.Replies(BotHarness.FeedChannel, incident.FeedTs!).Select(m => m.Text), Has.Some.Contains("Rolled back the deploy"));
    }

    [Test]
    public async Task MissedUpdates_RaisedMidRunToASeverityThatEscalatesSooner_StillReachTheTarget()
    {
        // SEV2 escalates after 2 missed updates (to the IC), SEV1 after 1; raised once the IC was told, the next missed
        // update must go on to the target even though the count is past SEV1's steps.
        var incident = await _driver.DeclareAsync("declare sev2 Search is slow");
        await _driver.WaitForReminderAsync(incident, 2, TimeSpan.FromSeconds(14));
        await _bot.WaitForIdleAsync();
        Assert.That(_bot.Slack.State.DirectMessages("U1").Count(m => m.Visible().Contains("has missed 2 update", StringComparison.Ordinal)), Is.EqualTo(1));

        await _bot.Requests.CommandAsync("severity sev1 spreading", channel: incident.ChannelId!);
        await _driver.WaitForReminderAsync(incident, 3, TimeSpan.FromSeconds(8));
        await _bot.WaitForIdleAsync();

        var escalation = _driver.ChannelMessages(incident, "incident_reminder").Single(m => m.Text.Contains("Escalating", StringComparison.Ordinal));
        Assert.That(escalation.Text, Does.Contain("<!subteam^S0ONCALL>").And.Contain("3 updates missed"));
        Assert.That(_bot.Slack.State.DirectMessages("U1").Count(m => m.MetadataEventType != RoleAssignedHandler.DutyEventType), Is.EqualTo(1),
            "the IC was told once");
    }

    [Test]
    public async Task MissedUpdates_EscalateToTheCommanderByDmThenToTheTarget()
    {
        var incident = await _driver.DeclareAsync();

        await _driver.WaitForReminderAsync(incident, 2, TimeSpan.FromSeconds(12));
        await _bot.WaitForIdleAsync();

        var dm = _bot.Slack.State.DirectMessages("U1").Single(m => m.MetadataEventType != RoleAssignedHandler.DutyEventType);
        Assert.That(dm.Visible(), Does.Contain("INC-1 (SEV1) has missed 1 update"));
        var escalation = _driver.ChannelMessages(incident, "incident_reminder").Single(m => m.Text.Contains("Escalating", StringComparison.Ordinal));
        Assert.That(escalation.Text, Does.Contain("<!subteam^S0ONCALL>").And.Contain("2 updates missed"));
        Assert.That(_bot.Slack.State.Replies(BotHarness.FeedChannel, incident.FeedTs!).Select(m => m.Text), Has.Some.Contains("<!subteam^S0ONCALL>"));
        var kinds = (await _driver.TimelineAsync(incident)).Select(e => e.Kind).ToList();
        Assert.That(kinds.Count(k => k == TimelineKind.Escalated), Is.EqualTo(2));
    }

    [Test]
    public async Task Resolved_BeforeTheReminderIsDue_NoReminderFires()
    {
        var incident = await _driver.DeclareAsync();

        await MarkResolvedAsync(incident, enqueueSync: false);
        await Task.Delay(Cadence + TimeSpan.FromSeconds(2));
        await _bot.WaitForIdleAsync();

        Assert.That(_driver.Reminders(incident), Is.Empty);
    }

    [Test]
    public async Task Resolved_WithScheduleSync_RemovesThePendingReminder()
    {
        var incident = await _driver.DeclareAsync();
        var scheduler = _bot.Services.GetRequiredService<IncidentBot.Jobs.JobScheduler>();
        Assert.That(await scheduler.NextFireAsync(IncidentBot.Jobs.IncidentJobKeys.UpdateReminder(incident.Id)), Is.Not.Null);

        await MarkResolvedAsync(incident, enqueueSync: true);
        await _bot.WaitForIdleAsync();

        Assert.That(await scheduler.NextFireAsync(IncidentBot.Jobs.IncidentJobKeys.UpdateReminder(incident.Id)), Is.Null);
    }

    private async Task MarkResolvedAsync(Incident incident, bool enqueueSync)
    {
        var now = TimeProvider.System.GetUtcNow();
        await _bot.Database.InTransactionAsync(async tx =>
        {
            await Dapper.SqlMapper.ExecuteAsync(tx.Connection!, "UPDATE incidents SET status = 'Resolved', resolved_at = @now WHERE id = @id",
                new { id = incident.Id, now = UnixTime.ToUnixMs(now) }, tx);
            if (enqueueSync)
            {
                await _bot.Services.GetRequiredService<OutboxStore>().EnqueueCoalescedAsync(tx, WorkKinds.SyncSchedule, incident.Id, now);
            }
        });
    }
}
