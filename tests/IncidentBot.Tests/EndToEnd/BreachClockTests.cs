using IncidentBot.Core.Breaches;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Jobs;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The security type's breach-notification clock on second-scale settings: DMs to the IC and the contact at each mark
/// and when the deadline passes, until <c>/incident breach notified|not-required</c> records a decision.
/// </summary>
[TestFixture]
public sealed class BreachClockTests
{
    private const string Contact = "U3";
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings(
        ("IncidentBot:Types:security:BreachNotifyAfter", "00:00:06"),
        ("IncidentBot:Types:security:BreachReminders", "00:00:02, 00:00:04"),
        ("IncidentBot:Types:security:BreachContact", Contact)));

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private List<SlackMessage> Notices(string user) =>
        _bot.Slack.State.DirectMessages(user).Where(m => m.MetadataEventType == BreachNoticeMessage.MetadataEventType).ToList();

    private Task<DateTimeOffset?> PendingClockAsync(Incident incident) =>
        _bot.Services.GetRequiredServiceOf<JobScheduler>().NextFireAsync(IncidentJobKeys.BreachClock(incident.Id));

    [Test]
    public async Task Clock_NothingRecorded_RemindsIcAndContactAtEachMarkThenAnnouncesTheDeadline()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type security Leaked API key");

        await Eventually.TrueAsync(() => Notices("U1").Count == 3 && Notices(Contact).Count == 3, TimeSpan.FromSeconds(20), "two reminders and the deadline to both");
        await Eventually.TrueAsync(async () => await PendingClockAsync(incident) is null, TimeSpan.FromSeconds(5), "the clock to stop");

        var toContact = Notices(Contact);
        Assert.Multiple(() =>
        {
            Assert.That(toContact[0].Visible(), Does.Contain("INC-1").And.Contain("Reminder 1 of 2").And.Contain("/incident breach notified"));
            Assert.That(toContact[1].Visible(), Does.Contain("Reminder 2 of 2"));
            Assert.That(toContact[2].Visible(), Does.Contain("the breach-notification deadline").And.Contain("has passed"));
            Assert.That(toContact.Select(m => m.Visible() + m.Text), Has.None.Contains("Leaked"), "the contact may not be a member: no title");
            Assert.That((CadenceDriver.TimeOf(toContact[0]) - (incident.DeclaredAt + TimeSpan.FromSeconds(2))).Duration(), Is.LessThan(TimeSpan.FromSeconds(2)));
            Assert.That(Notices("U1")[0].Visible(), Does.Contain("Reminder 1 of 2"), "the IC (the declarer) is reminded too");
        });
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.ReminderSent).Select(e => e.Text), Has.Some.StartsWith("Breach-notification reminder 1 of 2")
            .And.Some.StartsWith("Breach-notification deadline passed"));
    }

    [TestCase("breach notified Told the ICO at 10:05, case 4411", BreachDecision.Notified, "Authorities notified of the breach: Told the ICO at 10:05, case 4411")]
    [TestCase("breach not-required Only synthetic test accounts were exposed", BreachDecision.NotRequired, "Breach notification not required: Only synthetic test accounts were exposed")]
    public async Task Record_BeforeTheFirstMark_StopsTheClockAndIsATimelineEntry(string command, BreachDecision decision, string entry)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type security Leaked API key");

        var answer = await _bot.Requests.CommandAsync(command, "U2", incident.ChannelId!);
        await Eventually.TrueAsync(async () => await PendingClockAsync(incident) is null, TimeSpan.FromSeconds(10), "the clock's job to be removed");

        Assert.That(answer.Text, Does.StartWith("Recorded on the timeline").And.Contain("The breach clock has stopped"));
        var state = await _bot.Services.GetRequiredServiceOf<BreachStore>().GetAsync(incident.Id);
        Assert.That(state.Decision, Is.EqualTo(decision));
        var recorded = (await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id)).Single(e => e.Kind == TimelineKind.BreachNoticeRecorded);
        Assert.That(recorded.Text, Is.EqualTo(entry));
        Assert.That(recorded.UserId, Is.EqualTo("U2"));
        Assert.That(Notices(Contact).Where(m => m.Visible().Contains("has passed", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task Record_ThenResolve_ThePostmortemDraftHasTheBreachFacts()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type security Leaked API key");
        await _bot.Requests.CommandAsync("breach notified Told the ICO, case 4411", "U1", incident.ChannelId!);

        await ResolveSteps.ResolveAsync(_bot, incident);
        var draft = ResolveSteps.Content((await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1))[^1]);

        Assert.That(draft, Does.Contain("## Breach notification").And.Contain("- Authorities notified: Told the ICO, case 4411 (recorded by")
            .And.Contain("before the deadline").And.Contain("- Reminders sent: 0 of 2"));
    }

    [TestCase("breach", "Usage: `/incident breach notified")]
    [TestCase("breach maybe later", "\"maybe\" is neither `notified` nor `not-required`")]
    [TestCase("breach notified", "Say whom you told, when, and their reference; nothing was recorded")]
    [TestCase("breach not-required   ", "Say why no notification is needed; nothing was recorded")]
    public async Task Record_BadInput_AnswersWithTheUsageAndRecordsNothing(string command, string expected)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type security Leaked API key");

        var answer = await _bot.Requests.CommandAsync(command, "U1", incident.ChannelId!);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain(expected));
        Assert.That((await _bot.Services.GetRequiredServiceOf<BreachStore>().GetAsync(incident.Id)).Decision, Is.Null);
        Assert.That(await PendingClockAsync(incident), Is.Not.Null, "the clock still runs");
    }

    [Test]
    public async Task Record_TooLong_IsRefused()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type security Leaked API key");

        var answer = await _bot.Requests.CommandAsync("breach notified " + new string('x', 1001), "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("That is 1001 characters; keep it within 1000"));
        Assert.That((await _bot.Services.GetRequiredServiceOf<BreachStore>().GetAsync(incident.Id)).Decision, Is.Null);
    }

    [Test]
    public async Task DefaultType_HasNoClock()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is failing");

        Assert.That(await PendingClockAsync(incident), Is.Null);
    }
}
