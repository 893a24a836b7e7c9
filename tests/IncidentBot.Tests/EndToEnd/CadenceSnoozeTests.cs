using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Snoozing the next reminder by command and by the reminder's button; bounds and bad input.</summary>
[TestFixture]
public sealed class CadenceSnoozeTests
{
    private static readonly TimeSpan Cadence = TimeSpan.FromSeconds(3);
    private BotHarness _bot = null!;
    private CadenceDriver _driver = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:Severities:sev1:UpdateCadence", "00:00:03"),
            ("IncidentBot:Severities:sev1:RequiredRoles", "ic")));
        _driver = new CadenceDriver(_bot);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private string Brief(Incident incident) => _bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible();

    [Test]
    public async Task Snooze_ByCommand_DelaysTheNextReminderOnce()
    {
        var incident = await _driver.DeclareAsync();

        var answer = await _bot.Requests.CommandAsync("snooze 2s", channel: incident.ChannelId!);
        var second = await _bot.Requests.CommandAsync("snooze 1s", channel: incident.ChannelId!);
        var reminder = await _driver.WaitForReminderAsync(incident, 1, TimeSpan.FromSeconds(8));

        Assert.That(answer.Text, Does.Contain("Snoozed: the next update reminder for INC-1"));
        Assert.That(second.Text, Does.Contain("already snoozed"));
        var due = incident.DeclaredAt + Cadence + TimeSpan.FromSeconds(2);
        Assert.That((CadenceDriver.TimeOf(reminder) - due).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That((await _driver.TimelineAsync(incident)).Select(e => e.Kind), Does.Contain(TimelineKind.Snoozed));
    }

    [Test]
    public async Task Snooze_TheBriefAndStatusShowTheUpdateDueAtTheSnoozedTime()
    {
        var incident = await _driver.DeclareAsync();
        var regular = SlackText.Date(incident.DeclaredAt + Cadence);
        var snoozed = SlackText.Date(incident.DeclaredAt + Cadence + TimeSpan.FromSeconds(2));
        Assert.That(Brief(incident), Does.Contain(regular));

        await _bot.Requests.CommandAsync("snooze 2s", channel: incident.ChannelId!);

        await Eventually.TrueAsync(() => Brief(incident).Contains(snoozed, StringComparison.Ordinal), TimeSpan.FromSeconds(5), "the brief to show the snoozed due time");
        var status = await _bot.Requests.CommandAsync("status", channel: incident.ChannelId!);
        Assert.That(MessageText.Of(status.Json!["blocks"]!.ToJsonString()), Does.Contain("Initial assessment due").And.Contain(snoozed).And.Not.Contain(regular));
    }

    [TestCase("snooze", "Usage: `/incident snooze &lt;duration&gt;`")]
    [TestCase("snooze later", "\"later\" is not a duration")]
    [TestCase("snooze 1h", "at most one cadence (3 s for SEV1)")]
    public async Task Snooze_BadOrTooLong_ExplainsAndChangesNothing(string text, string expected)
    {
        var incident = await _driver.DeclareAsync();

        var answer = await _bot.Requests.CommandAsync(text, channel: incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain(expected));
        Assert.That((await _driver.TimelineAsync(incident)).Select(e => e.Kind), Does.Not.Contain(TimelineKind.Snoozed));
    }

    [Test]
    public async Task SnoozeButton_OnTheReminder_PushesTheNextOneBackByOneCadence()
    {
        var incident = await _driver.DeclareAsync();
        var first = await _driver.WaitForReminderAsync(incident, 1, TimeSpan.FromSeconds(8));
        Assert.That(first.BlocksJson, Does.Contain("Snooze 3 s"));

        await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, "snooze", incident.Id.ToString(CultureInfo.InvariantCulture)));
        var second = await _driver.WaitForReminderAsync(incident, 2, TimeSpan.FromSeconds(10));

        Assert.That(_bot.Slack.State.Ephemerals.Single(e => e.User == "U1").Text, Does.Contain("Snoozed"));
        var due = CadenceDriver.TimeOf(first) + Cadence + Cadence;
        Assert.That((CadenceDriver.TimeOf(second) - due).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
    }
}
