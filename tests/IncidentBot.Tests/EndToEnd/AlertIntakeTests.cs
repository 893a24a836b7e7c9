using System.Net;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>POST /hooks/&lt;source&gt;</c> end to end: authentication, refusals, auto-declare and deduplication.</summary>
[TestFixture]
public sealed class AlertIntakeTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(AlertPayloads.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private AlertStore Alerts => _bot.Services.GetRequiredServiceOf<AlertStore>();

    private Task<HttpResponseMessage> PostAsync(string source, string body, string? token = AlertPayloads.AlertmanagerToken) =>
        AlertPayloads.PostAsync(_bot.Http, source, body, token);

    [TestCase(null)]
    [TestCase("wrong-token")]
    [TestCase("am-token-3f1")]
    public async Task BadToken_Answers401AndRecordsNothing(string? token)
    {
        var response = await PostAsync("alertmanager", AlertPayloads.Alertmanager("critical"), token);
        await _bot.WaitForIdleAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await Alerts.CountAsync(), Is.Zero);
        Assert.That(await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1), Is.Null);
    }

    [Test]
    public async Task AnotherSourcesToken_Answers401()
    {
        var response = await PostAsync("grafana", AlertPayloads.Text("grafana-docs-webhook.json"), AlertPayloads.AlertmanagerToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("generic")]
    [TestCase("nagios")]
    public async Task SourceWithoutAToken_Answers404(string source)
    {
        var response = await PostAsync(source, AlertPayloads.Text("generic-firing.json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task MalformedBody_Answers400WithTheReasonAndRecordsNothing()
    {
        var response = await PostAsync("alertmanager", """{"version":"4","alerts":[{"status":"firing","labels":{"severity":7},"fingerprint":"a"}]}""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("labels.severity must be a string"));
        Assert.That(await Alerts.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task OversizedBody_Answers413AndRecordsNothing()
    {
        var response = await PostAsync("alertmanager", new string(' ', 600 * 1024));

        Assert.That((int)response.StatusCode, Is.EqualTo(413));
        Assert.That(await Alerts.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task AutoDeclareSeverity_DeclaresWithTheAlertAsTheFirstTimelineEntryAtItsTime()
    {
        var response = await PostAsync("alertmanager", AlertPayloads.Alertmanager("critical"));
        await _bot.WaitForIdleAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        Assert.That((incident.Title, incident.SeverityKey, incident.ChannelId), Is.EqualTo(("Checkout error rate above 5%", "sev1", incident.ChannelId)));
        Assert.That(incident.ChannelId, Is.Not.Null);
        Assert.That(incident.DetectedVia, Is.EqualTo(DetectionSource.Alert), "the post-mortem's Detected row says an alert");
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        var first = timeline.OrderBy(e => e.OccurredAt).First();
        Assert.That((first.Kind, first.Text, first.OccurredAt),
            Is.EqualTo((TimelineKind.AlertFired, "Alert fired: Checkout error rate above 5% (alertmanager)", new DateTimeOffset(2026, 12, 3, 6, 58, 12, 345, TimeSpan.Zero))));
    }

    [Test]
    public async Task SameFingerprintFiringFiveTimesAtOnce_IsOneIncidentCountedFive()
    {
        var body = AlertPayloads.Alertmanager("critical");
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostAsync("alertmanager", body)));
        await _bot.WaitForIdleAsync();

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(await Alerts.CountAsync(), Is.EqualTo(1));
        var incidents = _bot.Services.GetRequiredServiceOf<IncidentStore>();
        Assert.That(await incidents.GetByNumberAsync(2), Is.Null, "no second incident");
        var incident = (await incidents.GetByNumberAsync(1))!;
        var alert = (await Alerts.ForIncidentAsync(incident.Id)).Single();
        Assert.That(alert.FireCount, Is.EqualTo(5));
        var again = (await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id)).Where(e => e.Kind == TimelineKind.AlertFiredAgain).ToList();
        Assert.That(again.Select(e => e.Text), Is.EqualTo(new[] { "Checkout error rate above 5% fired again (×5)" }));
        Assert.That(_bot.Slack.State.Channels.Count(c => c.Id is not (BotHarness.FeedChannel or "CGENERAL")), Is.EqualTo(1));
    }

    [Test]
    public async Task GrafanaDocumentationExample_RecordsBothAlertsForTriage()
    {
        var response = await PostAsync("grafana", AlertPayloads.Text("grafana-docs-webhook.json"), AlertPayloads.GrafanaToken);
        await _bot.WaitForIdleAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Alerts.CountAsync(), Is.EqualTo(2));
        var titles = new[] { (await Alerts.GetAsync(1))!.Title, (await Alerts.GetAsync(2))!.Title };
        Assert.That(titles, Is.EquivalentTo(new[] { "This alert was triggered for zone us-1", "This alert was triggered for zone eu-1" }));
        Assert.That(_bot.Slack.State.Messages(BotHarness.FeedChannel).Count(m => m.MetadataEventType == "incidentbot_alert_triage"), Is.EqualTo(2));
    }
}
