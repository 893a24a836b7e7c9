using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The service an alert is about, from its source's service label: shown on the triage message, and the status page
/// component of that key or name is affected in an incident declared from it, at once or from the triage message's form.
/// </summary>
[TestFixture]
public sealed class AlertServiceTests
{
    private const string GenericToken = "gen-token-51d0";
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        var settings = AlertPayloads.Settings();
        settings["IncidentBot:Hooks:alertmanager:ServiceLabel"] = "job";
        settings["IncidentBot:Hooks:generic:Token"] = GenericToken;
        settings["IncidentBot:StatusPage:Components:checkout:Name"] = "Checkout";
        settings["IncidentBot:StatusPage:Components:exp:Name"] = "Exports";
        _bot = await BotHarness.StartAsync(settings);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task AutoDeclared_WithTheServiceLabelSet_StartsWithThatComponentDegraded()
    {
        await FireAsync("alertmanager", AlertPayloads.Alertmanager("critical"), AlertPayloads.AlertmanagerToken);

        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        var components = await _bot.Services.GetRequiredServiceOf<StatusPageStore>().ComponentsAsync(incident.Id);
        Assert.That(components, Is.EquivalentTo(new Dictionary<string, ComponentState> { ["checkout"] = ComponentState.Degraded }));
    }

    [Test]
    public async Task Triaged_ByTheDefaultServiceLabel_ShowsTheService_AndDeclareOpensWithTheComponentNamedSoPicked()
    {
        await FireAsync("generic", """{"title":"Nightly export did not finish","severity":"sev3","labels":{"service":"exports"}}""", GenericToken);
        var message = _bot.Slack.State.Messages(BotHarness.FeedChannel).Single(m => m.MetadataEventType == "incidentbot_alert_triage");
        Assert.That(message.BlocksJson, Does.Contain("*Service*\\nexports"));

        await _bot.Requests.InteractionAsync(BlockAction("U2", BotHarness.FeedChannel, "alert_declare",
            1.ToString(CultureInfo.InvariantCulture), _bot.Slack.IssueTriggerId("U2"), message.Ts));

        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");
        var picker = JsonNode.Parse(view.Json)!["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == "components")!["element"]!;
        Assert.That(picker["initial_options"]!.AsArray().Select(o => (string?)o!["value"]), Is.EqualTo(new[] { "exp:degraded" }));
    }

    [Test]
    public async Task Triaged_WithoutTheServiceLabel_ShowsNoServiceAndPicksNothing()
    {
        await FireAsync("generic", """{"title":"Nightly export did not finish","severity":"sev3","labels":{"team":"exports"}}""", GenericToken);
        var message = _bot.Slack.State.Messages(BotHarness.FeedChannel).Single(m => m.MetadataEventType == "incidentbot_alert_triage");
        Assert.That(message.BlocksJson, Does.Not.Contain("*Service*"));

        await _bot.Requests.InteractionAsync(BlockAction("U2", BotHarness.FeedChannel, "alert_declare",
            1.ToString(CultureInfo.InvariantCulture), _bot.Slack.IssueTriggerId("U2"), message.Ts));

        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");
        var picker = JsonNode.Parse(view.Json)!["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == "components")!["element"]!;
        Assert.That(picker["initial_options"], Is.Null);
    }

    private async Task FireAsync(string source, string body, string token)
    {
        using var response = await AlertPayloads.PostAsync(_bot.Http, source, body, token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await _bot.WaitForIdleAsync();
    }
}
