using System.Net;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Triage items nobody acknowledges within <c>IncidentBot__TriageAckWithin</c> are reminded once, in the triage message's
/// thread, on the real work queue's clock; acknowledging (or deciding) first cancels the reminder.
/// </summary>
[TestFixture]
public sealed class AlertTriageReminderTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        var settings = AlertPayloads.Settings();
        settings["IncidentBot:TriageAckWithin"] = "00:00:02";
        _bot = await BotHarness.StartAsync(settings);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private List<FakeSlack.SlackMessage> Replies(string ts) =>
        _bot.Slack.State.Messages(BotHarness.FeedChannel).Where(m => m.ThreadTs == ts && m.MetadataEventType == "incidentbot_alert_triage_reminder").ToList();

    private List<FakeSlack.SlackMessage> TriageMessages() =>
        _bot.Slack.State.Messages(BotHarness.FeedChannel).Where(m => m.MetadataEventType == "incidentbot_alert_triage").ToList();

    /// <summary>Fires a new alert and returns its triage message, once posted.</summary>
    private async Task<FakeSlack.SlackMessage> FireAsync(string fingerprint)
    {
        var before = TriageMessages().Count;
        var response = await AlertPayloads.PostAsync(_bot.Http, "alertmanager", AlertPayloads.Alertmanager("warning", fingerprint), AlertPayloads.AlertmanagerToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Eventually.TrueAsync(() => TriageMessages().Count == before + 1, TimeSpan.FromSeconds(10), "the triage message");
        return TriageMessages()[before];
    }

    [Test]
    public async Task Unacknowledged_IsRemindedOnceInTheThread_AcknowledgedIsNot()
    {
        // The acknowledged alert fired first: its timer, had it not been cancelled, would fire before the other's.
        var taken = await FireAsync("fp-taken");
        var ignored = await FireAsync("fp-ignored");
        await _bot.Requests.InteractionAsync(BlockAction("U3", BotHarness.FeedChannel, "alert_acknowledge", "1", null, taken.Ts));
        await _bot.WaitForIdleAsync();
        var jobs = _bot.Services.GetRequiredServiceOf<IncidentBot.Jobs.JobScheduler>();
        Assert.That(await jobs.NextFireAsync(IncidentBot.Alerts.TriageReminderJob.Key(1)), Is.Null, "acknowledging cancelled the timer");
        Assert.That(await jobs.NextFireAsync(IncidentBot.Alerts.TriageReminderJob.Key(2)), Is.Not.Null);

        // Fired again meanwhile: still one reminder, not one per firing.
        await AlertPayloads.PostAsync(_bot.Http, "alertmanager", AlertPayloads.Alertmanager("warning", "fp-ignored"), AlertPayloads.AlertmanagerToken);
        await Eventually.TrueAsync(() => Replies(ignored.Ts).Count == 1, TimeSpan.FromSeconds(15), "the reminder in the ignored alert's thread");
        Assert.That(Replies(ignored.Ts)[0].Text, Does.Contain("without anyone acknowledging it"));

        await _bot.WaitForIdleAsync();
        Assert.That(Replies(taken.Ts), Is.Empty, "acknowledging cancelled the reminder");
        Assert.That(Replies(ignored.Ts), Has.Count.EqualTo(1), "reminded once");
    }

    [Test]
    public async Task DeclinedBeforeTheDeadline_IsNotReminded()
    {
        var message = await FireAsync("fp-declined");
        await _bot.Requests.InteractionAsync(BlockAction("U4", BotHarness.FeedChannel, "alert_decline", "1", _bot.Slack.IssueTriggerId("U4"), message.Ts));
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "alert_decline");
        await _bot.Requests.InteractionAsync(ViewSubmission(view, "U4", Values(("reason", Select("expected")))));
        var control = await FireAsync("fp-control");

        await Eventually.TrueAsync(() => Replies(control.Ts).Count == 1, TimeSpan.FromSeconds(15), "the control alert's reminder");
        await _bot.WaitForIdleAsync();
        Assert.That(Replies(message.Ts), Is.Empty);
    }
}
