using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Events to PagerDuty, end to end against the fake Events API: declaring a configured severity triggers an alert keyed
/// by the incident, once even when PagerDuty fails first, without holding up the incident's Slack work; resolving resolves it.
/// </summary>
[TestFixture]
public sealed class PagerDutyEventTests
{
    private BotHarness? _bot;
    private FakePagerDuty? _pagerDuty;

    [TearDown]
    public async Task StopAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (_pagerDuty is not null)
        {
            await _pagerDuty.DisposeAsync();
        }
    }

    [Test]
    public async Task Declare_ConfiguredSeverity_TriggersOneAlert_OtherSeveritiesNone_AndResolvingResolvesIt()
    {
        _pagerDuty = await FakePagerDuty.StartAsync();
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(PagerDutySteps.Settings(_pagerDuty, "sev1")));

        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.DeclareAsync(_bot, "declare sev3 A typo on the pricing page");
        await _bot.WaitForIdleAsync();

        var trigger = _pagerDuty.Accepted.Single();
        Assert.That((string?)trigger["event_action"], Is.EqualTo("trigger"));
        Assert.That((string?)trigger["dedup_key"], Is.EqualTo("incidentbot/INC-1"));
        Assert.That((string?)trigger["payload"]!["summary"], Is.EqualTo("INC-1 (SEV1): Checkout is failing"));
        Assert.That((string?)trigger["payload"]!["severity"], Is.EqualTo("error"), "SEV1 is the ladder's second rung");
        Assert.That(_pagerDuty.Refused, Is.Empty);

        await ResolveSteps.ResolveAsync(_bot, incident);
        await _bot.WaitForIdleAsync();

        Assert.That(_pagerDuty.Accepted.Select(e => ((string?)e["event_action"], (string?)e["dedup_key"])),
            Is.EqualTo(new[] { ("trigger", "incidentbot/INC-1"), ("resolve", "incidentbot/INC-1") }));
    }

    [Test]
    public async Task PagerDutyFailing_TheTriggerIsRetriedUntilItGoesOnce_AndTheChannelDoesNotWaitForIt()
    {
        _pagerDuty = await FakePagerDuty.StartAsync();
        _pagerDuty.FailNext(503);
        _pagerDuty.FailNext(429, "1");
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(PagerDutySteps.Settings(_pagerDuty)));

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", "U1");
        await Eventually.TrueAsync(async () => (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Any(i => i.ChannelId is not null),
            TimeSpan.FromSeconds(20), "the incident's channel");
        Assert.That(_pagerDuty.Accepted, Is.Empty, "the channel is made while PagerDuty is still failing");

        await Eventually.TrueAsync(() => _pagerDuty.Accepted.Count == 1, TimeSpan.FromSeconds(20), "the trigger to go through");
        await _bot.WaitForIdleAsync();
        Assert.That(_pagerDuty.Requests, Is.EqualTo(3), "a 503, a 429 and the one accepted");
        Assert.That(_pagerDuty.Accepted.Single()["dedup_key"]!.GetValue<string>(), Is.EqualTo("incidentbot/INC-1"));
        var last = (await _bot.Services.GetRequiredServiceOf<IntegrationCallStore>().LastCallsAsync())["pagerduty"];
        Assert.That((last.Succeeded, last.Detail), Is.EqualTo((true, "202")), "the last call, after the failures, is the one that went");
    }

    [Test]
    public async Task Declare_PrivateIncident_TheAlertCarriesNoTitle()
    {
        _pagerDuty = await FakePagerDuty.StartAsync();
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(PagerDutySteps.Settings(_pagerDuty)));

        await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Payroll export leaked");
        await _bot.WaitForIdleAsync();

        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
        Assert.That(incident.IsPrivate, Is.True);
        var sent = _pagerDuty.Accepted.Single().ToJsonString();
        Assert.That(sent, Does.Not.Contain("Payroll"));
        Assert.That((string?)_pagerDuty.Accepted.Single()["payload"]!["summary"], Does.Contain("private incident"));
    }

    [Test]
    public async Task PagerDutyRefusingTheEvent_IsNotRetried_AndNoResolveFollows()
    {
        _pagerDuty = await FakePagerDuty.StartAsync();
        var settings = ResolveSteps.Settings(PagerDutySteps.Settings(_pagerDuty));
        settings["IncidentBot:PagerDuty:RoutingKey"] = "not-an-integration-key";
        _bot = await BotHarness.StartAsync(settings);

        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await _bot.WaitForIdleAsync();

        Assert.That(_pagerDuty.Refused.Select(e => (string?)e["event_action"]), Is.EqualTo(new[] { "trigger" }), "refused once, not retried, and no resolve after it");
        Assert.That(_pagerDuty.Accepted, Is.Empty);
        Assert.That(await _bot.Services.GetRequiredServiceOf<OutboxStore>().CountAsync("failed"), Is.EqualTo(1));
        var last = (await _bot.Services.GetRequiredServiceOf<IntegrationCallStore>().LastCallsAsync())["pagerduty"];
        Assert.That((last.Succeeded, last.Detail), Is.EqualTo((false, "400")));
    }
}
