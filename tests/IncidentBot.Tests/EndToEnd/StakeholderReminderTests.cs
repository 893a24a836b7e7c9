using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Jobs;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Missed stakeholder updates on second-scale settings: comms (or the IC) is reminded in the channel once the first
/// update is owed, the IC is DMed as for missed channel updates, the timer survives a restart and fires once, and the
/// reminder's button sends the summary once however often it is clicked.
/// </summary>
[TestFixture]
public sealed class StakeholderReminderTests
{
    private static readonly (string, string?)[] Fast =
    [
        ("IncidentBot:Severities:sev1:StakeholderFirstWithin", "00:00:03"),
        ("IncidentBot:Severities:sev1:StakeholderCadence", "01:00:00"),
    ];

    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(StakeholderSteps.Settings(Fast), await StakeholderSteps.SlackAsync());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private List<SlackMessage> Reminders(Incident incident) =>
        _bot.Slack.State.Messages(incident.ChannelId!).Where(m => m.MetadataEventType == StakeholderReminderMessage.MetadataEventType).ToList();

    private List<SlackMessage> ReminderDms(string user) =>
        _bot.Slack.State.DirectMessages(user).Where(m => m.MetadataEventType == StakeholderReminderMessage.MetadataEventType).ToList();

    private Task<DateTimeOffset?> PendingAsync(Incident incident) =>
        _bot.Services.GetRequiredServiceOf<JobScheduler>().NextFireAsync(IncidentJobKeys.StakeholderReminder(incident.Id));

    [Test]
    public async Task Missed_AcrossARestart_RemindsTheChannelAndDmsTheIcOnce()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");
        Assert.That(await PendingAsync(incident), Is.Not.Null, "the timer is set at declaring");
        _bot = await _bot.RestartAsync(StakeholderSteps.Settings(Fast));

        await Eventually.TrueAsync(() => Reminders(incident).Count == 1 && ReminderDms("U1").Count == 1, TimeSpan.FromSeconds(20), "the reminder and the DM");
        await _bot.WaitForIdleAsync();

        var reminder = Reminders(incident).Single();
        Assert.That(reminder.Visible(), Does.Contain("<@U1> Stakeholders are owed an update on INC-1 (SEV1)").And.Contain("1 stakeholder update missed")
            .And.Contain("Send to stakeholders"));
        Assert.That((CadenceDriver.TimeOf(reminder) - (incident.DeclaredAt + TimeSpan.FromSeconds(3))).Duration(), Is.LessThan(TimeSpan.FromSeconds(3)));
        Assert.That(ReminderDms("U1").Single().Visible(), Does.Contain("You are its Incident Commander: please send stakeholders an update"));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.ReminderSent).Select(e => e.Text),
            Has.One.EqualTo("Stakeholder update reminder: SEV1 stakeholders owed an update (1 missed)"));
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.Escalated).Select(e => e.Text),
            Has.One.EqualTo("Escalated to the Incident Commander <@U1> by DM after 1 missed stakeholder update"));
        Assert.That(await PendingAsync(incident) - CadenceDriver.TimeOf(reminder), Is.GreaterThan(TimeSpan.FromMinutes(50)), "the next reminder one cadence on");
    }

    [Test]
    public async Task Missed_WithACommsLead_MentionsTheCommsLeadNotTheIc()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");
        var answer = await _bot.Requests.CommandAsync("role comms <@U3>", "U1", incident.ChannelId!);
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).RoleHolder("comms"), Is.EqualTo("U3"), answer.Body);

        await Eventually.TrueAsync(() => Reminders(incident).Count == 1, TimeSpan.FromSeconds(20), "the reminder");

        Assert.That(Reminders(incident).Single().Visible(), Does.Contain("<@U3> Stakeholders are owed an update on INC-1 (SEV1)")
            .And.Not.Contain("<@U1>"));
    }

    [Test]
    public async Task SendButton_ClickedTwice_SendsOnceAndPutsTheNextDueOneCadenceOn()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");
        await Eventually.TrueAsync(() => Reminders(incident).Count == 1, TimeSpan.FromSeconds(20), "the reminder");
        await _bot.WaitForIdleAsync();
        var value = StakeholderReminderMessage.ButtonValue(incident.Id, 0);

        await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, StakeholderReminderMessage.SendAction, value));
        await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, StakeholderReminderMessage.SendAction, value));
        await _bot.WaitForIdleAsync();

        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives), Has.Count.EqualTo(1));
        var answers = _bot.Slack.State.Ephemerals.Where(e => e.User == "U1").Select(e => e.Text).ToList();
        Assert.That(answers, Has.Some.StartsWith("Stakeholder update #1 sent to `execs`, `privexecs`, `support`.")
            .And.Some.EqualTo("Someone sent stakeholders an update since this reminder; nothing was sent twice."));
        var state = await _bot.Services.GetRequiredServiceOf<StakeholderStore>().GetAsync(incident.Id);
        Assert.That(state.Sent, Is.EqualTo(1));
        Assert.That(state.Missed, Is.Zero, "the run of missed updates is over");
        await Eventually.TrueAsync(async () => await PendingAsync(incident) is { } next && next - state.LastSentAt!.Value > TimeSpan.FromMinutes(59),
            TimeSpan.FromSeconds(10), "the next reminder an hour after the send");
    }

    [Test]
    public async Task Resolved_RemovesTheTimerAndSendsTheResolutionSummary()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");
        await ResolveSteps.ResolveAsync(_bot, incident);
        await _bot.WaitForIdleAsync();

        await Eventually.TrueAsync(async () => await PendingAsync(incident) is null, TimeSpan.FromSeconds(10), "the timer removed");
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives).Single().Visible(), Does.Contain("Resolved: INC-1"));
    }
}
