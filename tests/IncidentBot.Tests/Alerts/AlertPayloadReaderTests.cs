using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Core.Alerts;

namespace IncidentBot.Tests.Alerts;

/// <summary>The documented payloads read as their sources mean them; malformed and hostile variants are refused with a reason.</summary>
[TestFixture]
public sealed class AlertPayloadReaderTests
{
    private static AlertReading Read(string source, string body) => AlertPayloadReader.Read(source, Encoding.UTF8.GetBytes(body));

    [Test]
    public void Alertmanager_Version4Payload_ReadsTheAlert()
    {
        var reading = Read(AlertSources.Alertmanager, AlertPayloads.Text("alertmanager-firing.json"));

        Assert.That(reading.Problem, Is.Null);
        var alert = reading.Alerts.Single();
        Assert.That((alert.Fingerprint, alert.Status, alert.Labels["alertname"], alert.Annotations["summary"]),
            Is.EqualTo(("5b1c2d9e8f7a6b30", AlertStatus.Firing, "CheckoutErrorRate", "Checkout error rate above 5%")));
        Assert.That(alert.StartsAt, Is.EqualTo(new DateTimeOffset(2026, 12, 3, 6, 58, 12, 345, TimeSpan.Zero)));
        Assert.That(alert.Url, Does.StartWith("http://prometheus.example.org:9090/graph?g0.expr="));
    }

    [Test]
    public void Grafana_DocumentationExample_KeepsItsLinksByKind_AndTheMappingAddsTheRunbook()
    {
        var alert = Read(AlertSources.Grafana, AlertPayloads.Text("grafana-docs-webhook.json")).Alerts[0];

        Assert.That(alert.Links!.Select(l => l.Kind), Is.EqualTo(new[] { AlertLinkKinds.Source, AlertLinkKinds.Silence }),
            "its dashboardURL and panelURL are empty");
        Assert.That(AlertMapping.Links(alert, "runbook_url").Select(l => (l.Kind, l.Url)), Is.EqualTo(new[]
        {
            (AlertLinkKinds.Source, "https://play.grafana.org/alerting/1afz29v7z/edit"),
            (AlertLinkKinds.Runbook, "https://myrunbook.com/runbook/1234"),
            (AlertLinkKinds.Silence, "https://play.grafana.org/alerting/silence/new?alertmanager=grafana&matchers=alertname%3DT2%2Cteam%3Dblue%2Czone%3Dus-1"),
        }));
        Assert.That(AlertMapping.Links(alert, "no_such_annotation").Select(l => l.Kind), Does.Not.Contain(AlertLinkKinds.Runbook));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("/relative/path")]
    [TestCase("ftp://files.example.org/x")]
    [TestCase("")]
    public void Generic_UrlThatIsNoWebAddress_IsNoLink(string url)
    {
        var body = new JsonObject { ["title"] = "Nightly export did not finish", ["url"] = url }.ToJsonString();

        var alert = Read(AlertSources.Generic, body).Alerts.Single();

        Assert.That((alert.Url, alert.Links!.Count), Is.EqualTo(((string?)null, 0)));
    }

    [Test]
    public void StoredLinks_ReadBackAsWritten_AndAnythingElseReadsAsNone()
    {
        var links = new[] { new AlertLink(AlertLinkKinds.Source, "https://a.example/x"), new AlertLink(AlertLinkKinds.Runbook, "https://b.example/y") };

        Assert.That(AlertLink.Parse(AlertLink.Serialize(links)), Is.EqualTo(links));
        Assert.That(AlertLink.Parse("""[["source","javascript:alert(1)"],["weird","https://c.example"]]"""), Is.Empty);
        Assert.That(AlertLink.Parse("not json"), Is.Empty);
    }

    [Test]
    public void Alertmanager_ResolvedPayload_ReadsResolved() =>
        Assert.That(Read(AlertSources.Alertmanager, AlertPayloads.Text("alertmanager-resolved.json")).Alerts.Single().Status, Is.EqualTo(AlertStatus.Resolved));

    [Test]
    public void Grafana_DocumentationExample_ReadsBothAlerts()
    {
        var reading = Read(AlertSources.Grafana, AlertPayloads.Text("grafana-docs-webhook.json"));

        Assert.That(reading.Problem, Is.Null);
        Assert.That(reading.Alerts.Select(a => (a.Fingerprint, a.Status, a.Annotations["summary"])), Is.EqualTo(new[]
        {
            ("c6eadffa33fcdf37", AlertStatus.Firing, "This alert was triggered for zone us-1"),
            ("bc97ff14869b13e3", AlertStatus.Firing, "This alert was triggered for zone eu-1"),
        }));
        Assert.That(reading.Alerts[0].StartsAt, Is.EqualTo(new DateTimeOffset(2021, 10, 12, 7, 51, 3, TimeSpan.Zero).AddTicks(1_570_760)));
        Assert.That(reading.Alerts[0].Url, Is.EqualTo("https://play.grafana.org/alerting/1afz29v7z/edit"), "the generator URL; the empty panel and dashboard URLs are no link");
    }

    [Test]
    public void Grafana_DocumentationExample_WithOneAlertResolved_ReadsEachAlertsOwnStatus()
    {
        var payload = AlertPayloads.Json("grafana-docs-webhook.json");
        payload["alerts"]![1]!["status"] = "resolved";

        Assert.That(Read(AlertSources.Grafana, payload.ToJsonString()).Alerts.Select(a => a.Status),
            Is.EqualTo(new[] { AlertStatus.Firing, AlertStatus.Resolved }));
    }

    [Test]
    public void Generic_DocumentedShape_ReadsTitleSeverityAndLink()
    {
        var alert = Read(AlertSources.Generic, AlertPayloads.Text("generic-firing.json")).Alerts.Single();

        Assert.That((alert.Title, alert.Severity, alert.Fingerprint, alert.Url),
            Is.EqualTo(("Nightly export did not finish", "sev3", "nightly-export", "https://ci.example.org/jobs/nightly-export/1841")));
    }

    [TestCase("not json at all", "not valid JSON")]
    [TestCase("[]", "must be a JSON object")]
    [TestCase("{}", "\"version\" must be \"4\"")]
    [TestCase("""{"version":"4"}""", "\"alerts\" must be an array")]
    [TestCase("""{"version":"4","alerts":[]}""", "1 to 500 alerts")]
    [TestCase("""{"version":"4","alerts":[42]}""", "alerts[0] must be an object")]
    [TestCase("""{"version":"4","alerts":[{"status":"burning","labels":{},"fingerprint":"a"}]}""", "\"status\" must be \"firing\" or \"resolved\"")]
    [TestCase("""{"version":"4","alerts":[{"status":"firing","labels":{"x":1},"fingerprint":"a"}]}""", "labels.x must be a string")]
    [TestCase("""{"version":"4","alerts":[{"status":"firing","fingerprint":"a"}]}""", "\"labels\" is required")]
    [TestCase("""{"version":"4","alerts":[{"status":"firing","labels":{}}]}""", "no \"fingerprint\"")]
    [TestCase("""{"version":"4","alerts":[{"status":"firing","labels":{},"fingerprint":"a","startsAt":"yesterday"}]}""", "not an RFC 3339 time")]
    public void Alertmanager_Malformed_IsRefusedWithTheReason(string body, string reason)
    {
        var reading = Read(AlertSources.Alertmanager, body);

        Assert.That(reading.Problem, Does.Contain(reason));
        Assert.That(reading.Alerts, Is.Empty);
    }

    [Test]
    public void Hostile_DeepNesting_IsRefused() =>
        Assert.That(Read(AlertSources.Alertmanager, new string('[', 5000) + new string(']', 5000)).Problem, Does.Contain("not valid JSON"));

    [Test]
    public void Hostile_HugeFingerprintOrValue_IsRefused()
    {
        var payload = AlertPayloads.Json("alertmanager-firing.json");
        payload["alerts"]![0]!["fingerprint"] = new string('f', 10_000);
        Assert.That(Read(AlertSources.Alertmanager, payload.ToJsonString()).Problem, Does.Contain("longer than"));
    }

    [Test]
    public void Hostile_TooManyAlerts_IsRefused()
    {
        var payload = AlertPayloads.Json("alertmanager-firing.json");
        var alerts = new JsonArray();
        for (var i = 0; i < 501; i++)
        {
            alerts.Add(payload["alerts"]![0]!.DeepClone());
        }

        payload["alerts"] = alerts;
        Assert.That(Read(AlertSources.Alertmanager, payload.ToJsonString()).Problem, Does.Contain("1 to 500 alerts"));
    }

    [Test]
    public void Hostile_ScriptLink_IsDropped()
    {
        var payload = AlertPayloads.Json("alertmanager-firing.json");
        payload["alerts"]![0]!["generatorURL"] = "javascript:alert(1)";
        Assert.That(Read(AlertSources.Alertmanager, payload.ToJsonString()).Alerts.Single().Url, Is.Null);
    }

    [TestCase("{}", "\"title\" is required")]
    [TestCase("""{"title":"  "}""", "\"title\" is required")]
    [TestCase("""{"title":"x","status":"open"}""", "\"status\" must be")]
    [TestCase("""{"title":["x"]}""", "\"title\" must be a string")]
    public void Generic_Malformed_IsRefusedWithTheReason(string body, string reason) =>
        Assert.That(Read(AlertSources.Generic, body).Problem, Does.Contain(reason));
}
