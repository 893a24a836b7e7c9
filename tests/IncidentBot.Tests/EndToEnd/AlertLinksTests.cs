using System.Net;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// An alert's links (its rule's page, the runbook annotation, Grafana's silence, dashboard and panel pages) are
/// bookmarked in its incident's channel, each address once, and listed in the brief.
/// </summary>
[TestFixture]
public sealed class AlertLinksTests
{
    private const string Generator = "http://prometheus.example.org:9090/graph?g0.expr=job%3Acheckout_5xx%3Aratio5m+%3E+0.05&g0.tab=1";
    private const string Runbook = "https://runbooks.example.org/checkout-errors";

    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private async Task StartAsync(params (string Key, string Value)[] extra)
    {
        var settings = AlertPayloads.Settings();
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        _bot = await BotHarness.StartAsync(settings);
    }

    private async Task PostAsync(string source, string body, string token)
    {
        var response = await AlertPayloads.PostAsync(_bot.Http, source, body, token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        await _bot.WaitForIdleAsync();
    }

    private async Task<Incident> IncidentAsync(int number) => (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(number))!;

    private string Brief(Incident incident) => _bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible();

    private (string Title, string? Link)[] Bookmarks(Incident incident) =>
        _bot.Slack.State.Bookmarks(incident.ChannelId!).Select(b => (b.Title, b.Link)).ToArray();

    [Test]
    public async Task AutoDeclared_BookmarksTheRulesPageAndTheRunbookOnce_AndTheBriefListsThem()
    {
        await StartAsync();

        await PostAsync("alertmanager", AlertPayloads.Alertmanager("critical"), AlertPayloads.AlertmanagerToken);
        await PostAsync("alertmanager", AlertPayloads.Alertmanager("critical"), AlertPayloads.AlertmanagerToken);
        await PostAsync("alertmanager", AlertPayloads.Alertmanager("critical"), AlertPayloads.AlertmanagerToken);

        var incident = await IncidentAsync(1);
        Assert.That(Bookmarks(incident), Is.EqualTo(new[]
        {
            ("Alert: Checkout error rate above 5%", (string?)Generator),
            ("Runbook: Checkout error rate above 5%", Runbook),
        }), "each once, however often the alert fired");
        Assert.That(Brief(incident), Does.Contain($"<{Generator}|Alert: Checkout error rate above 5%>")
            .And.Contain($"<{Runbook}|Runbook: Checkout error rate above 5%>"));
    }

    [Test]
    public async Task SecondAlertLinkedWithTheSameRunbook_BookmarksOnlyItsNewAddress()
    {
        await StartAsync();
        await PostAsync("alertmanager", AlertPayloads.Alertmanager("critical"), AlertPayloads.AlertmanagerToken);
        var second = AlertPayloads.Json("alertmanager-firing.json");
        var alert = second["alerts"]![0]!.AsObject();
        alert["fingerprint"] = "77aa01";
        alert["labels"]!["severity"] = "warning";
        alert["annotations"]!["summary"] = "Checkout latency above 2 s";
        alert["generatorURL"] = "https://prometheus.example.org/graph?g0.expr=checkout_latency";
        await PostAsync("alertmanager", second.ToJsonString(), AlertPayloads.AlertmanagerToken);
        var waiting = (await _bot.Services.GetRequiredServiceOf<AlertStore>().GetAsync(2))!;
        Assert.That(waiting.TriageValue, Is.EqualTo(AlertTriage.Triage));

        var linked = await _bot.Services.GetRequiredServiceOf<AlertService>().LinkAsync(waiting.Id, 1, "U1");
        await _bot.WaitForIdleAsync();

        Assert.That(linked, Is.EqualTo(LinkOutcome.Done));
        var incident = await IncidentAsync(1);
        Assert.That(Bookmarks(incident), Is.EqualTo(new[]
        {
            ("Alert: Checkout error rate above 5%", (string?)Generator),
            ("Runbook: Checkout error rate above 5%", Runbook),
            ("Alert: Checkout latency above 2 s", "https://prometheus.example.org/graph?g0.expr=checkout_latency"),
        }));
        Assert.That(Brief(incident), Does.Contain("<https://prometheus.example.org/graph?g0.expr=checkout_latency|Alert: Checkout latency above 2 s>"));
    }

    [Test]
    public async Task GrafanaDocumentationExample_BookmarksRuleRunbookAndSilence_SkippingItsEmptyDashboardAndPanel()
    {
        await StartAsync(("IncidentBot:Hooks:grafana:SeverityLabel", "team"), ("IncidentBot:Hooks:grafana:SeverityMap:blue", "sev1"));

        await PostAsync("grafana", AlertPayloads.Text("grafana-docs-webhook.json"), AlertPayloads.GrafanaToken);

        var incidents = new[] { await IncidentAsync(1), await IncidentAsync(2) };
        var usOne = incidents.Single(i => i.Title == "This alert was triggered for zone us-1");
        Assert.That(Bookmarks(usOne), Is.EqualTo(new[]
        {
            ("Alert: This alert was triggered for zone us-1", (string?)"https://play.grafana.org/alerting/1afz29v7z/edit"),
            ("Runbook: This alert was triggered for zone us-1", "https://myrunbook.com/runbook/1234"),
            ("Silence: This alert was triggered for zone us-1",
                "https://play.grafana.org/alerting/silence/new?alertmanager=grafana&matchers=alertname%3DT2%2Cteam%3Dblue%2Czone%3Dus-1"),
        }));
    }

    [Test]
    public async Task HostileLinks_AreNeitherBookmarkedNorListed_AndATitleCannotBreakTheBriefsLink()
    {
        await StartAsync(("IncidentBot:Hooks:alertmanager:RunbookAnnotation", "playbook"));
        var payload = AlertPayloads.Json("alertmanager-firing.json");
        var alert = payload["alerts"]![0]!.AsObject();
        alert["labels"]!["severity"] = "critical";
        alert["generatorURL"] = "javascript:alert(1)";
        alert["annotations"]!["summary"] = "Disk |full> <!channel>";
        alert["annotations"]!["playbook"] = "https://wiki.example.org/disk-full";

        await PostAsync("alertmanager", payload.ToJsonString(), AlertPayloads.AlertmanagerToken);

        var incident = await IncidentAsync(1);
        Assert.That(Bookmarks(incident).Select(b => b.Link), Is.EqualTo(new[] { "https://wiki.example.org/disk-full" }),
            "the runbook_url annotation is not the configured one here; javascript: is no web address");
        var brief = Brief(incident);
        Assert.That(brief, Does.Not.Contain("javascript:").And.Not.Contain("<!channel>"));
        Assert.That(brief, Does.Contain("<https://wiki.example.org/disk-full|Runbook: Disk /full&gt; &lt;!channel&gt;>"),
            "the title can neither close the link nor mention anyone");
    }
}
