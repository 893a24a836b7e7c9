using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Status updates through the modal, the brief's button, quick updates and <c>mitigated</c>, and the soak prompt.</summary>
[TestFixture]
public sealed class UpdateTests
{
    private BotHarness _bot = null!;
    private CadenceDriver _driver = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:Severities:sev1:SoakPeriod", "00:00:02"),
            ("IncidentBot:Severities:sev1:RequiredRoles", "ic")));
        _driver = new CadenceDriver(_bot);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task UpdateModal_Submitted_PostsTheStructuredUpdateInChannelAndFeedThreadAndRefreshesTheBrief()
    {
        var incident = await _driver.DeclareAsync();
        await _bot.Requests.CommandAsync("update", channel: incident.ChannelId!);
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "update");
        Assert.That(JsonNode.Parse(view.Json)!["title"]!["text"]!.GetValue<string>(), Is.EqualTo("Initial assessment"));

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U2", Values(
            ("status", Select("Mitigating")), ("summary", Text("Payments API returns 500 for 30% of requests")),
            ("since_last", Text("- Found the bad deploy\n- Paged the DB team")), ("root_cause_state", Select("Suspected")),
            ("impact", Text("EU customers cannot pay")), ("hypothesis", Text("Bad deploy 14:02")), ("services", Text("checkout, payments API")),
            ("customers", Text("EU, about 1,200")), ("revenue_impact", Text("about $5K a minute")), ("sla_risk", Text("enterprise SLA at 1 h")),
            ("step_1", Text("Roll back")), ("step_1_owner", UserSelect("U3")),
            ("eta", Text("20 min")), ("confidence", Select("medium")), ("next_update", Select("900")))));
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Body, Is.Empty);
        var update = _driver.ChannelMessages(incident, "incident_update").Single().Visible();
        Assert.That(update, Does.Contain("INC-1 · Initial assessment · Update #1 · <!date^").And.Contain("*Status:* Mitigating (was Investigating) · SEV1")
            .And.Contain("• Found the bad deploy\n• Paged the DB team\n• Investigating → Mitigating")
            .And.Contain("*Root cause*\nSuspected — Bad deploy 14:02").And.Contain("EU customers cannot pay")
            .And.Contain("*Services affected*\ncheckout, payments API").And.Contain("*Customers affected*\nEU, about 1,200")
            .And.Contain("*Revenue impact*\nabout $5K a minute").And.Contain("*SLA-breach risk*\nenterprise SLA at 1 h")
            .And.Contain("1. Roll back — <@U3>").And.Contain("20 min (medium confidence)").And.Contain("Next update by").And.Contain("(in 15 min)"));
        Assert.That(_bot.Slack.State.Replies(BotHarness.FeedChannel, incident.FeedTs!).Single().Text, Does.Contain("Update #1"));
        var brief = _bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!;
        Assert.That(brief.Visible(), Does.Contain("Mitigating").And.Contain("Next update due").And.Not.Contain("Initial assessment due"));
        var reloaded = await _driver.ReloadAsync(incident);
        Assert.That((reloaded.Status, reloaded.UpdateCount), Is.EqualTo((IncidentStatus.Mitigating, 1)));
        var kinds = (await _driver.TimelineAsync(incident)).Select(e => e.Kind).ToList();
        Assert.That(kinds, Does.Contain(TimelineKind.UpdatePosted).And.Contain(TimelineKind.StatusChanged));
    }

    [Test]
    public async Task UpdateModal_SubmittedTwice_PostsOnce()
    {
        var incident = await _driver.DeclareAsync("declare sev2 Search is slow");
        await _bot.Requests.CommandAsync("update", channel: incident.ChannelId!);
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "update");
        var payload = ViewSubmission(view, "U1", Values(("status", Select("Identified")), ("summary", Text("Found it")), ("next_update", Select("1800"))));

        await _bot.Requests.InteractionAsync(payload);
        await _bot.Requests.InteractionAsync(payload);
        await _bot.WaitForIdleAsync();

        Assert.That(_driver.ChannelMessages(incident, "incident_update"), Has.Count.EqualTo(1));
        Assert.That((await _driver.ReloadAsync(incident)).UpdateCount, Is.EqualTo(1));
    }

    [Test]
    public async Task UpdateModal_WithoutSummary_ReturnsAnErrorOnTheSummaryAndPostsNothing()
    {
        var incident = await _driver.DeclareAsync();
        await _bot.Requests.CommandAsync("update", channel: incident.ChannelId!);
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "update");

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(("status", Select("Identified")), ("summary", Text("  ")))));

        Assert.That(answer.Json?["errors"]?["summary"]?.GetValue<string>(), Does.Contain("summary"));
        Assert.That((await _driver.ReloadAsync(incident)).UpdateCount, Is.Zero);
    }

    [Test]
    public async Task BriefButton_PostUpdate_OpensTheModalWithTheClickTrigger()
    {
        var incident = await _driver.DeclareAsync();
        var brief = _bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!;
        Assert.That(brief.BlocksJson, Does.Contain("\"post_update\"").And.Contain("\"change_severity\""));

        var trigger = _bot.Slack.IssueTriggerId("U2");
        await _bot.Requests.InteractionAsync(BlockAction("U2", incident.ChannelId!, "post_update", incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), trigger));

        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "update");
        Assert.That(view.TriggerId, Is.EqualTo(trigger));
        Assert.That(view.Json, Does.Contain("Investigating"));
    }

    [Test]
    public async Task QuickUpdate_WithAMention_PostsItAsAMention()
    {
        var incident = await _driver.DeclareAsync();

        // Slack sends the command's text formatted: the mention as a token, & < > as entities.
        await _bot.Requests.CommandAsync("update Waiting on <@U2|bob> for the DB &amp; cache failover", channel: incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var update = _driver.ChannelMessages(incident, "incident_update").Single();
        Assert.That(update.Visible(), Does.Contain("Waiting on <@U2|bob> for the DB &amp; cache failover"));
    }

    [Test]
    public async Task QuickUpdate_OutsideAnIncidentChannel_ExplainsWhereItWorks()
    {
        await _driver.DeclareAsync();

        var answer = await _bot.Requests.CommandAsync("update All good");

        Assert.That(answer.Text, Does.Contain("works inside an incident channel"));
    }

    [Test]
    public async Task Mitigated_SetsMonitoringThenPromptsOnceToResolveAfterTheSoak()
    {
        var incident = await _driver.DeclareAsync();

        var answer = await _bot.Requests.CommandAsync("mitigated Rolled back", channel: incident.ChannelId!);
        var mitigated = await _driver.ReloadAsync(incident);
        await Eventually.TrueAsync(() => _driver.ChannelMessages(incident, "incident_soak").Count == 1, TimeSpan.FromSeconds(6), "the soak prompt");
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.That(answer.Text, Does.Contain("Posted update #1").And.Contain("Monitoring"));
        Assert.That((mitigated.Status, mitigated.MitigatedAt), Is.EqualTo((IncidentStatus.Monitoring, mitigated.LastUpdateAt)));
        var prompt = _driver.ChannelMessages(incident, "incident_soak").Single();
        Assert.That(prompt.Text, Does.Contain("stable in monitoring for 2 s — resolve?"));
        Assert.That(prompt.BlocksJson, Does.Contain("\"resolve\""));
        Assert.That((CadenceDriver.TimeOf(prompt) - (mitigated.MitigatedAt!.Value + TimeSpan.FromSeconds(2))).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task Update_OnAResolvedIncident_IsRefused()
    {
        var incident = await _driver.DeclareAsync();
        await _bot.Database.InTransactionAsync(tx => Dapper.SqlMapper.ExecuteAsync(tx.Connection!,
            "UPDATE incidents SET status = 'Resolved' WHERE id = @Id", new { incident.Id }, tx));

        var answer = await _bot.Requests.CommandAsync("update Still fine", channel: incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("INC-1 is resolved"));
        Assert.That((await _bot.Services.GetRequiredServiceOf<UpdateStore>().ListAsync(incident.Id)), Is.Empty);
    }
}
