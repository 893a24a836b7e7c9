using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Core.Oncall;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// PagerDuty's v3 webhook at /hooks/pagerduty, over real HTTP: a signed acknowledgement for one of our incidents is on
/// its timeline once however often it is delivered and stands down our own pages; a resolution there is on the timeline;
/// unsigned, wrongly signed or malformed deliveries are refused and change nothing; without a secret there is no webhook.
/// </summary>
[TestFixture]
public sealed class PagerDutyWebhookTests
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
    public async Task Acknowledged_InPagerDuty_IsOnTheTimelineOnce_AndOurPageChainStandsDown()
    {
        _pagerDuty = await FakePagerDuty.StartAsync();
        _bot = await BotHarness.StartAsync(PagingSteps.Settings("00:05:00", PagerDutySteps.Settings(_pagerDuty)));
        var incident = await PagingSteps.DeclareAsync(_bot);
        await PagingSteps.WaitForPageAsync(_bot, "U2");

        var ack = PagerDutySteps.Event("01DEN4AF6NEHQ2AOS2DP7L7M1N", "incident.acknowledged", "incidentbot/INC-1");
        using var first = await PagerDutySteps.DeliverAsync(_bot, ack);
        using var again = await PagerDutySteps.DeliverAsync(_bot, ack);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((bool?)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["recorded"], Is.True);
        Assert.That((bool?)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["recorded"], Is.False, "a redelivery records nothing");
        await _bot.WaitForIdleAsync();
        var pages = await PagingSteps.PagesOfAsync(_bot, incident);
        Assert.That(pages.Single().StoodDownAt, Is.Not.Null);
        Assert.That(await _bot.Services.GetRequiredServiceOf<PagingService>().NextDueAsync(incident.Id), Is.Null,
            "no ack window is left running, so the secondary is never paged");
        Assert.That(PagingSteps.Pages(_bot, "U3"), Is.Empty);
        var timeline = await PagingSteps.TimelineAsync(_bot, incident);
        Assert.That(timeline.Count(t => t == "Dana Ops acknowledged in PagerDuty"), Is.EqualTo(1));
        Assert.That(timeline, Has.One.EqualTo("Our pages stood down: the incident was acknowledged in PagerDuty"));
    }

    [Test]
    public async Task Resolved_InPagerDuty_IsOnTheTimeline_AndBadDeliveriesChangeNothing()
    {
        _pagerDuty = await FakePagerDuty.StartAsync();
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(PagerDutySteps.Settings(_pagerDuty)));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var before = await PagingSteps.TimelineAsync(_bot, incident);

        var resolved = PagerDutySteps.Event("01DEN4AF6NEHQ2AOS2DP7L7M2X", "incident.resolved", "incidentbot/INC-1", agent: "Dana <!channel> Ops");
        using var unsigned = await PagerDutySteps.DeliverAsync(_bot, resolved, signature: "");
        using var wrong = await PagerDutySteps.DeliverAsync(_bot, resolved, signature: "v1=" + new string('0', 64));
        using var malformed = await PagerDutySteps.DeliverAsync(_bot, "{\"event\": {\"event_type\": \"incident.resolved\"}}");
        using var notJson = await PagerDutySteps.DeliverAsync(_bot, "nope");
        using var notOurs = await PagerDutySteps.DeliverAsync(_bot, PagerDutySteps.Event("E3", "incident.resolved", "some-other-tool/42"));
        using var other = await PagerDutySteps.DeliverAsync(_bot, PagerDutySteps.Event("E4", "incident.annotated", "incidentbot/INC-1"));

        Assert.That(new[] { unsigned.StatusCode, wrong.StatusCode }, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(new[] { malformed.StatusCode, notJson.StatusCode }, Is.All.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await malformed.Content.ReadAsStringAsync(), Does.Contain("\"id\""));
        Assert.That(new[] { notOurs.StatusCode, other.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(await PagingSteps.TimelineAsync(_bot, incident), Is.EqualTo(before), "nothing refused or not ours is recorded");

        using var good = await PagerDutySteps.DeliverAsync(_bot, resolved);
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await PagingSteps.TimelineAsync(_bot, incident), Has.One.EqualTo("Dana !channel Ops resolved it in PagerDuty"),
            "a PagerDuty name cannot carry a Slack mention");
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).IsOpen, Is.True, "resolving in PagerDuty is news here, not our resolution");
    }

    [Test]
    public async Task NoWebhookSecret_TheWebhookDoesNotExist()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings());
        var body = PagerDutySteps.Event("E1", "incident.acknowledged", "incidentbot/INC-1");

        using var answer = await PagerDutySteps.DeliverAsync(_bot, body);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
