using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.StatusPage.StatusPageSteps;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Public messages to Atlassian Statuspage, end to end against the fake Statuspage API: the first public message creates
/// a Statuspage incident with the mapped components, later ones and the resolution update the same incident, the brief
/// links it, a private incident sends nothing, and Statuspage failing first still ends in one incident; a create whose
/// answer was lost is found on the page by its metadata and kept, never made twice.
/// </summary>
[TestFixture]
public sealed class StatuspageSyncTests
{
    private BotHarness? _bot;
    private FakeStatuspage? _statuspage;

    [TearDown]
    public async Task StopAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (_statuspage is not null)
        {
            await _statuspage.DisposeAsync();
        }
    }

    private async Task StartAsync()
    {
        _statuspage = await FakeStatuspage.StartAsync();
        _bot = await BotHarness.StartAsync(Settings(
            ("IncidentBot:Statuspage:ApiKey", FakeStatuspage.ApiKey),
            ("IncidentBot:Statuspage:PageId", FakeStatuspage.PageId),
            ("IncidentBot:Statuspage:BaseUrl", _statuspage.BaseUrl.ToString()),
            ("IncidentBot:Statuspage:ComponentMap:checkout", "cmp-checkout")));
    }

    [Test]
    public async Task PublicMessages_CreateOneStatuspageIncident_UpdatesAndResolveGoToIt_BriefLinksIt_PrivateSendsNothing()
    {
        await StartAsync();
        var secret = await ResolveSteps.DeclareAsync(_bot!, "declare sev2 --private Payroll export leaks salaries");
        await SubmitAsync(_bot!, await OpenUpdateFormAsync(_bot!, secret), "Investigating", "Export paused", ("public_message", Text("Payroll is down")));
        var incident = await ResolveSteps.DeclareAsync(_bot!, "declare sev2 Checkout card payments time out");
        await SubmitAsync(_bot!, await OpenUpdateFormAsync(_bot!, incident), "Investigating", "Card processor answering slowly",
            ("components", Components("checkout:partial_outage", "api:degraded")),
            ("public_message", Text("We are investigating failed card payments at checkout.")), ("public_stage", Select("Investigating")));
        await _bot!.WaitForIdleAsync();

        var created = _statuspage!.Accepted.Single();
        var id = _statuspage.Incidents.Keys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(_statuspage.Refused, Is.Empty);
            Assert.That(created.Method, Is.EqualTo("POST"));
            Assert.That((string?)created.Incident["name"], Is.EqualTo("Service disruption"), "the page's neutral name, never the internal title");
            Assert.That((string?)created.Incident["status"], Is.EqualTo("investigating"));
            Assert.That((string?)created.Incident["body"], Is.EqualTo("We are investigating failed card payments at checkout."));
            Assert.That(created.Incident["components"]!.ToJsonString(), Is.EqualTo("""{"cmp-checkout":"partial_outage"}"""), "api has no mapping");
            Assert.That(created.Incident.ToJsonString(), Does.Not.Contain("Payroll").And.Not.Contain("Card processor"));
        });
        await Eventually.TrueAsync(async () => Brief(await ResolveSteps.ReloadAsync(_bot, incident)).Contains($"<https://stspg.io/{id}|Statuspage incident>", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10), "the brief to link the Statuspage incident");

        await _bot.Requests.CommandAsync("update --public We have identified a slow card processor and are failing over.", "U1", incident.ChannelId!);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await _bot.WaitForIdleAsync();

        var calls = _statuspage.Accepted;
        Assert.Multiple(() =>
        {
            Assert.That(_statuspage.Refused, Is.Empty);
            Assert.That(calls.Select(c => (c.Method, c.Id)), Is.EqualTo(new[] { ("POST", (string?)null), ("PATCH", id), ("PATCH", id) }), "one incident, updated");
            Assert.That((string?)calls[1].Incident["body"], Is.EqualTo("We have identified a slow card processor and are failing over."));
            Assert.That((string?)calls[2].Incident["status"], Is.EqualTo("resolved"));
            Assert.That((string?)calls[2].Incident["body"], Is.EqualTo("This incident has been resolved."));
            Assert.That(calls[2].Incident["components"]!.ToJsonString(), Is.EqualTo("""{"cmp-checkout":"operational"}"""));
        });
    }

    [Test]
    public async Task StatuspageFailingFirst_TheCreateIsRetriedUntilItGoes_OneIncident()
    {
        await StartAsync();
        _statuspage!.FailNext(503);
        _statuspage.FailNext(429, "1");
        var incident = await ResolveSteps.DeclareAsync(_bot!, "declare sev2 Checkout card payments time out");

        await _bot!.Requests.CommandAsync("update --public We are investigating failed card payments at checkout.", "U1", incident.ChannelId!);
        await _bot.Requests.CommandAsync("update --public Card payments are failing for some customers; a fix is being deployed.", "U1", incident.ChannelId!);
        await Eventually.TrueAsync(() => _statuspage.Accepted.Count == 2, TimeSpan.FromSeconds(20), "both messages to reach Statuspage");
        await _bot.WaitForIdleAsync();

        Assert.That(_statuspage.Incidents, Has.Count.EqualTo(1), "two messages, one Statuspage incident");
        Assert.That(_statuspage.Accepted.Select(c => c.Method), Is.EqualTo(new[] { "POST", "PATCH" }));
        Assert.That(_statuspage.Requests, Is.EqualTo(5),
            "a 503 (which may follow a create, so the page is looked at first), a 429 to that look, the empty look, and the two accepted");
        Assert.That(_statuspage.Lookups, Is.EqualTo(1));
        var last = (await _bot.Services.GetRequiredServiceOf<IntegrationCallStore>().LastCallsAsync())["statuspage"];
        Assert.That(last.Succeeded, Is.True);
    }

    [Test]
    public async Task CreateAnswerLost_TheRerunFindsItByItsMetadata_OneIncident_UpdatesGoToIt()
    {
        await StartAsync();
        var incident = await ResolveSteps.DeclareAsync(_bot!, "declare sev2 Checkout card payments time out");
        var unrelated = _statuspage!.AddIncident("Scheduled database upgrade", null);
        var otherIncidents = _statuspage.AddIncident("Service disruption", new JsonObject { ["incidentbot"] = new JsonObject { ["incident"] = (incident.Id + 1).ToString(CultureInfo.InvariantCulture) } });
        _statuspage.LoseNextCreateAnswer();

        await _bot!.Requests.CommandAsync("update --public We are investigating failed card payments at checkout.", "U1", incident.ChannelId!);
        await Eventually.TrueAsync(async () => (await _bot.Services.GetRequiredServiceOf<StatuspageSyncStore>().GetAsync(incident.Id))?.StatuspageId is not null,
            TimeSpan.FromSeconds(10), "the rerun to settle on a Statuspage incident");
        await _bot.Requests.CommandAsync("update --public Card payments are failing for some customers; a fix is being deployed.", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var ours = _statuspage.Incidents.Keys.Single(k => k != unrelated && k != otherIncidents);
        Assert.Multiple(() =>
        {
            Assert.That(_statuspage.Refused, Is.Empty);
            Assert.That(_statuspage.Incidents, Has.Count.EqualTo(3), "the two already there and one created by the bot");
            Assert.That(_statuspage.Accepted.Select(c => (c.Method, c.Id)), Is.EqualTo(new[] { ("POST", (string?)null), ("PATCH", ours) }),
                "created once (its answer lost), then the second message updates it; the first is not sent again");
            Assert.That(_statuspage.Accepted[0].Incident["metadata"]!.ToJsonString(),
                Is.EqualTo($$$"""{"incidentbot":{"incident":"{{{incident.Id.ToString(CultureInfo.InvariantCulture)}}}"}}"""));
            Assert.That(_statuspage.Lookups, Is.EqualTo(1), "looked up once, on the rerun after the lost answer");
        });
        await Eventually.TrueAsync(async () => Brief(await ResolveSteps.ReloadAsync(_bot, incident)).Contains($"<https://stspg.io/{ours}|Statuspage incident>", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10), "the brief to link the incident that was kept");
    }

    private string Brief(Incident incident) => _bot!.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible();
}
