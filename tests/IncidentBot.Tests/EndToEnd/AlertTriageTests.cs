using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;
using IncidentBot.Work;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Alerts below the auto-declare threshold: the triage message, declaring from it, and resolved alerts.</summary>
[TestFixture]
public sealed class AlertTriageTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(AlertPayloads.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private AlertStore Alerts => _bot.Services.GetRequiredServiceOf<AlertStore>();

    private List<FakeSlack.SlackMessage> TriageMessages() =>
        _bot.Slack.State.Messages(BotHarness.FeedChannel).Where(m => m.MetadataEventType == "incidentbot_alert_triage").ToList();

    private async Task FireAsync(string severity, string file = "alertmanager-firing.json")
    {
        var response = await AlertPayloads.PostAsync(_bot.Http, "alertmanager", AlertPayloads.Alertmanager(severity, file: file), AlertPayloads.AlertmanagerToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await _bot.WaitForIdleAsync();
    }

    [Test]
    public async Task Firing_BelowTheThreshold_PostsOneTriageMessageAndFiringAgainCountsOnIt()
    {
        for (var i = 0; i < 5; i++)
        {
            await FireAsync("warning");
        }

        var posted = TriageMessages();
        Assert.That(posted, Has.Count.EqualTo(1));
        Assert.That(posted[0].BlocksJson, Does.Contain("Checkout error rate above 5%").And.Contain("5 times")
            .And.Contain("\"action_id\":\"alert_acknowledge\"").And.Contain("\"action_id\":\"alert_declare\""));
        Assert.That(await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1), Is.Null, "nothing declared");
        Assert.That(await Alerts.CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task DeclareFromTheTriageMessage_OpensThePrefilledFormAndTheIncidentStartsWithTheAlert()
    {
        await FireAsync("warning");
        var message = TriageMessages().Single();
        var alert = (await Alerts.GetAsync(1))!;

        await _bot.Requests.InteractionAsync(BlockAction("U2", BotHarness.FeedChannel, "alert_declare",
            alert.Id.ToString(CultureInfo.InvariantCulture), _bot.Slack.IssueTriggerId("U2"), message.Ts));
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");
        var blocks = JsonNode.Parse(view.Json)!["blocks"]!.AsArray();
        Assert.That((string?)blocks.Single(b => (string?)b!["block_id"] == "title")!["element"]!["initial_value"], Is.EqualTo("Checkout error rate above 5%"));
        Assert.That((string?)blocks.Single(b => (string?)b!["block_id"] == "severity")!["element"]!["initial_option"]!["value"], Is.EqualTo("sev3"));
        Assert.That((string?)blocks.Single(b => (string?)b!["block_id"] == "summary")!["element"]!["initial_value"], Does.StartWith("5xx ratio on checkout"));

        await _bot.Requests.InteractionAsync(ViewSubmission(view, "U2", Values(
            ("title", Text("Checkout error rate above 5%")), ("severity", Select("sev3")), ("options", Checks("commander")))));
        await _bot.WaitForIdleAsync();

        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        var first = (await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id)).OrderBy(e => e.OccurredAt).First();
        Assert.That((first.Kind, first.OccurredAt), Is.EqualTo((TimelineKind.AlertFired, new DateTimeOffset(2026, 12, 3, 6, 58, 12, 345, TimeSpan.Zero))));
        Assert.That(((await Alerts.GetAsync(alert.Id))!.TriageValue, (await Alerts.GetAsync(alert.Id))!.IncidentId), Is.EqualTo((AlertTriage.Declared, (long?)incident.Id)));
        var updated = _bot.Slack.State.Message(BotHarness.FeedChannel, message.Ts)!;
        Assert.That(updated.Visible(), Does.Contain("Declared as INC-1 by <@U2>"));
        Assert.That(updated.BlocksJson, Does.Not.Contain("alert_declare"));
        var told = _bot.Slack.State.DirectMessages("U2").Where(m => m.MetadataEventType == ProvisionIncidentHandler.DeclarerNoticeEventType).ToList();
        Assert.That(told.Select(m => m.Text), Is.EqualTo(new[] { $":white_check_mark: *INC-1* is declared: <#{incident.ChannelId}>. The brief is pinned there; take the roles from it." }),
            "a form opened from a button has no response URL: the declarer is told in a direct message, once");
    }

    [Test]
    public async Task Acknowledge_RecordsWhoAndTheMessageSaysSo()
    {
        await FireAsync("warning");
        var message = TriageMessages().Single();

        await _bot.Requests.InteractionAsync(BlockAction("U3", BotHarness.FeedChannel, "alert_acknowledge", "1", null, message.Ts));
        await _bot.WaitForIdleAsync();

        Assert.That((await Alerts.GetAsync(1))!.AcknowledgedBy, Is.EqualTo("U3"));
        var updated = _bot.Slack.State.Message(BotHarness.FeedChannel, message.Ts)!;
        Assert.That(updated.Visible(), Does.Contain("Acknowledged by <@U3>"));
        Assert.That(updated.BlocksJson, Does.Not.Contain("alert_acknowledge"));
    }

    [Test]
    public async Task Resolved_EveryLinkedAlert_AsksInTheChannelWhetherToResolve()
    {
        await FireAsync("critical");
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        Assert.That(_bot.Slack.State.DirectMessages(_bot.Slack.BotUserId), Is.Empty, "an incident the bot declared has no declarer to tell");

        await FireAsync("critical", "alertmanager-resolved.json");

        var prompt = _bot.Slack.State.Messages(incident.ChannelId!).Where(m => m.MetadataEventType == "incidentbot_alerts_cleared").ToList();
        Assert.That(prompt, Has.Count.EqualTo(1));
        Assert.That(prompt[0].Text, Does.Contain("All alerts linked to INC-1 have cleared"));
        Assert.That(prompt[0].BlocksJson, Does.Contain("\"action_id\":\"resolve\""));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.AlertResolved).Select(e => e.Text), Is.EqualTo(new[] { "Alert resolved: Checkout error rate above 5%" }));
    }

    private async Task<FakeSlack.SlackView> OpenFormAsync(string user, string actionId, string callbackId, FakeSlack.SlackMessage message)
    {
        var before = _bot.Slack.State.Views.Count(v => v.CallbackId == callbackId);
        await _bot.Requests.InteractionAsync(BlockAction(user, BotHarness.FeedChannel, actionId, "1", _bot.Slack.IssueTriggerId(user), message.Ts));
        var views = _bot.Slack.State.Views.Where(v => v.CallbackId == callbackId).ToList();
        Assert.That(views, Has.Count.EqualTo(before + 1), $"the {callbackId} form opened");
        return views[^1];
    }

    private static List<string?> OptionValues(FakeSlack.SlackView view, string blockId) =>
        JsonNode.Parse(view.Json)!["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == blockId)!["element"]!["options"]!.AsArray()
            .Select(o => (string?)o!["value"]).ToList();

    [Test]
    public async Task LinkToAnOpenIncident_ListsOnlyWhatTheClickerSees_LinksAndUpdatesTheMessageInPlace()
    {
        await _bot.Requests.CommandAsync("declare sev2 Payments are slow", user: "U1");
        await _bot.Requests.CommandAsync("declare sev1 --private Card data in logs", user: "U9");
        await _bot.WaitForIdleAsync();
        await FireAsync("warning");
        var message = TriageMessages().Single();
        Assert.That(message.BlocksJson, Does.Contain("\"action_id\":\"alert_link\"").And.Contain("\"action_id\":\"alert_decline\""));

        var view = await OpenFormAsync("U2", "alert_link", "alert_link", message);
        Assert.That(OptionValues(view, "incident"), Is.EqualTo(new[] { "1" }), "the private INC-2 is not listed to a non-member");
        Assert.That(view.Json, Does.Not.Contain("Card data in logs"));

        // A forged choice of the private incident is refused like an unknown one, and changes nothing.
        var forged = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U2", Values(("incident", Select("2")))));
        Assert.That(forged.Body, Does.Contain("not open or not one you can see"));
        Assert.That((await Alerts.GetAsync(1))!.TriageValue, Is.EqualTo(AlertTriage.Triage));

        var linked = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U2", Values(("incident", Select("1")))));
        await _bot.WaitForIdleAsync();

        Assert.That(linked.Body, Does.Not.Contain("errors"));
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        var alert = (await Alerts.GetAsync(1))!;
        Assert.That((alert.TriageValue, alert.IncidentId, alert.DecidedBy), Is.EqualTo((AlertTriage.Linked, (long?)incident.Id, "U2")));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.AlertFired).Select(e => e.OccurredAt),
            Is.EqualTo(new[] { new DateTimeOffset(2026, 12, 3, 6, 58, 12, 345, TimeSpan.Zero) }));
        Assert.That(TriageMessages(), Has.Count.EqualTo(1), "updated in place, not posted again");
        var updated = _bot.Slack.State.Message(BotHarness.FeedChannel, message.Ts)!;
        Assert.That(updated.Visible(), Does.Contain("Linked to INC-1 by <@U2>"));
        Assert.That(updated.BlocksJson, Does.Not.Contain("alert_link").And.Not.Contain("alert_decline"));
    }

    [Test]
    public async Task LinkWithNoOpenIncidentVisible_ExplainsAndOpensNothing()
    {
        await _bot.Requests.CommandAsync("declare sev1 --private Card data in logs", user: "U9");
        await _bot.WaitForIdleAsync();
        await FireAsync("warning");
        var message = TriageMessages().Single();

        await _bot.Requests.InteractionAsync(BlockAction("U2", BotHarness.FeedChannel, "alert_link", "1", _bot.Slack.IssueTriggerId("U2"), message.Ts));
        await _bot.WaitForIdleAsync();

        Assert.That(_bot.Slack.State.Views.Where(v => v.CallbackId == "alert_link"), Is.Empty);
        Assert.That(_bot.Slack.State.Ephemerals.Where(e => e.User == "U2").Select(e => e.Text),
            Has.Some.Contains("no open incident you can see").And.None.Contains("Card data"));
    }

    [Test]
    public async Task Decline_RequiresAReason_ThenUpdatesTheMessageAndCountsAsADeclinedAlertInStats()
    {
        await FireAsync("warning");
        var message = TriageMessages().Single();
        var view = await OpenFormAsync("U4", "alert_decline", "alert_decline", message);
        Assert.That(OptionValues(view, "reason"), Is.EqualTo(new[] { "false_positive", "expected", "duplicate" }));

        var missing = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U4", Values(("note", Text("noise")))));
        Assert.That(missing.Body, Does.Contain("\"response_action\":\"errors\"").And.Contain("Choose a reason"));
        var bogus = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U4", Values(("reason", Select("boredom")))));
        Assert.That(bogus.Body, Does.Contain("Choose a reason"));
        Assert.That((await Alerts.GetAsync(1))!.TriageValue, Is.EqualTo(AlertTriage.Triage), "a refused submission changes nothing");

        await _bot.Requests.InteractionAsync(ViewSubmission(view, "U4", Values(("reason", Select("false_positive")), ("note", Text("canary deploy <!channel>")))));
        await _bot.WaitForIdleAsync();

        var alert = (await Alerts.GetAsync(1))!;
        Assert.That((alert.TriageValue, alert.DeclineReason, alert.DeclineNote, alert.IncidentId),
            Is.EqualTo((AlertTriage.Declined, "false_positive", "canary deploy <!channel>", (long?)null)));
        var updated = _bot.Slack.State.Message(BotHarness.FeedChannel, message.Ts)!;
        Assert.That(updated.Visible(), Does.Contain("Declined by <@U4>: false positive — canary deploy"));
        Assert.That(updated.BlocksJson, Does.Not.Contain("<!channel>").And.Not.Contain("alert_decline"));
        Assert.That(TriageMessages(), Has.Count.EqualTo(1));

        var stats = await _bot.Requests.CommandAsync("stats");
        Assert.That(stats.Body, Does.Contain("1 alert declined in triage (not an incident)").And.Contain("Incidents in the last 30 days: 0"));
    }
}
