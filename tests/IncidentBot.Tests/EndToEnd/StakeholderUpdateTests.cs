using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Stakeholder updates from declare to resolve: the executive summary built from the latest update goes to each
/// audience's channels and its user groups' members, support gets talking points and word to stop creating tickets once
/// mitigated, the resolution summary follows the resolution, and private incidents reach only audiences for them.
/// </summary>
[TestFixture]
public sealed class StakeholderUpdateTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(
        StakeholderSteps.Settings(("IncidentBot:Severities:sev2:StakeholderCadence", "04:00:00")), await StakeholderSteps.SlackAsync());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Send_AfterAnUpdate_EachAudienceGetsTheExecutiveSummaryNotTheUpdateStream()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await PostUpdateAsync(incident, "Index rebuild stuck", "EU customers cannot search", "14:30 UTC");

        var answer = await _bot.Requests.CommandAsync("stakeholders send", "U2", incident.ChannelId!);
        await _bot.WaitForIdleAsync();
        var answerAt = (await _bot.Services.GetRequiredServiceOf<StakeholderStore>().GetAsync(incident.Id)).LastSentAt!.Value;

        Assert.That(answer.Text, Does.StartWith("Stakeholder update #1 sent to `execs`, `privexecs`, `support`."));
        Assert.That(_bot.Slack.State.Messages(StakeholderSteps.Executives), Has.Count.EqualTo(1), "the summary only, not the update itself");
        var executives = StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives).Single().Visible();
        Assert.That(executives, Does.Contain("Stakeholder update #1: INC-1 (SEV2)").And.Contain("Search is slow")
            .And.Contain("*Status*\nIdentified").And.Contain("*Impact*\nEU customers cannot search").And.Contain("*ETA*\n14:30 UTC")
            .And.Contain($"*Next update*\n<!date^{(answerAt + TimeSpan.FromHours(4)).ToUnixTimeSeconds()}^").And.Contain($"<#{incident.ChannelId}>"));
        Assert.That(executives, Does.Not.Contain("Talking points"), "executives get the summary, not support's talking points");
        Assert.That(StakeholderSteps.SummariesTo(_bot, "U5"), Has.Count.EqualTo(1), "the user group's members get it by DM");
        Assert.That(StakeholderSteps.SummariesTo(_bot, "U6").Single().Visible(), Does.Contain("Stakeholder update #1"));
        var support = StakeholderSteps.Summaries(_bot, StakeholderSteps.Support).Single().Visible();
        Assert.That(support, Does.Contain("Talking points for customers:* Index rebuild stuck").And.Not.Contain("stop creating tickets"));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Single(e => e.Kind == TimelineKind.StakeholdersInformed).Text, Is.EqualTo("Stakeholder update #1 sent to execs, privexecs, support"));
    }

    [Test]
    public async Task Send_AfterAPublicMessage_SupportsTalkingPointsAreWhatCustomersWereTold()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await PostUpdateAsync(incident, "Index rebuild stuck on shard 7", "EU customers cannot search", "14:30 UTC");
        var published = await _bot.Requests.CommandAsync("update --public Search is slow for some customers in Europe; we are working on a fix.", "U1", incident.ChannelId!);
        Assert.That(published.Text, Does.Not.StartWith("Usage"), "the public message is published");

        await _bot.Requests.CommandAsync("stakeholders send", "U2", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var support = StakeholderSteps.Summaries(_bot, StakeholderSteps.Support).Single().Visible();
        Assert.That(support, Does.Contain("Talking points for customers:* Search is slow for some customers in Europe; we are working on a fix.")
            .And.Not.Contain("shard 7"), "support repeats what the status page says, not the responders' summary");
    }

    [Test]
    public async Task MitigatedThenResolved_SupportIsToldToStopTicketsAndEveryoneGetsTheResolutionSummary()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await _bot.Requests.CommandAsync("mitigated Rolled the indexer back", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var stop = StakeholderSteps.Summaries(_bot, StakeholderSteps.Support).Single().Visible();
        Assert.That(stop, Does.Contain("INC-1 (SEV2) is mitigated: stop creating tickets for this.").And.Contain("Rolled the indexer back"));
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives), Is.Empty, "only support hears of tickets");

        await _bot.Requests.CommandAsync("mitigated Still fine", "U1", incident.ChannelId!);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await _bot.WaitForIdleAsync();

        var resolution = StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives).Single().Visible();
        Assert.That(resolution, Does.Contain("Resolved: INC-1 (SEV2)").And.Contain("*Duration*").And.Contain("Rolled back config v2")
            .And.Contain("A config push disabled the card processor"));
        Assert.That(StakeholderSteps.SummariesTo(_bot, "U5").Single().Visible(), Does.Contain("Resolved: INC-1"));
        var toSupport = StakeholderSteps.Summaries(_bot, StakeholderSteps.Support);
        Assert.That(toSupport, Has.Count.EqualTo(2), "the stop word once, then the resolution");
        Assert.That(toSupport[1].Visible(), Does.Contain("Resolved: INC-1").And.Contain("stop creating tickets for this"));
    }

    [Test]
    public async Task Cancelled_AfterStakeholdersHeardOfIt_EachAudienceIsToldOnceThatItWasClosed()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await _bot.Requests.CommandAsync("stakeholders send", "U2", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var answer = await _bot.Requests.CommandAsync("cancel the alert misfired, no customer impact", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Not.StartWith("Usage"), answer.Text);
        var executives = StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives);
        Assert.That(executives, Has.Count.EqualTo(2), "the update, then word of the closing, once");
        Assert.That(executives[1].Visible(), Does.Contain("Closed: INC-1 (SEV2) was cancelled; no further updates.")
            .And.Contain("*Reason*\nthe alert misfired, no customer impact").And.Contain("*Duration*"));
        Assert.That(StakeholderSteps.SummariesTo(_bot, "U5").Select(m => m.Visible()).Last(), Does.Contain("Closed: INC-1"));
        var support = StakeholderSteps.Summaries(_bot, StakeholderSteps.Support);
        Assert.That(support[^1].Visible(), Does.Contain("was cancelled").And.Not.Contain("Talking points").And.Not.Contain("mitigated"));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Count(e => e.Kind == TimelineKind.StakeholdersInformed && e.Text.StartsWith("Stakeholders told it was closed", StringComparison.Ordinal)),
            Is.EqualTo(1));
    }

    [Test]
    public async Task Merged_AfterStakeholdersHeardOfIt_TheyAreToldWhereUpdatesContinue()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        var duplicate = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search results are empty");
        await _bot.Requests.CommandAsync("stakeholders send", "U2", duplicate.ChannelId!);
        await _bot.WaitForIdleAsync();

        await _bot.Requests.CommandAsync("merge INC-1", "U1", duplicate.ChannelId!);
        await _bot.WaitForIdleAsync();

        var last = StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives)[^1].Visible();
        Assert.That(last, Does.Contain("Closed: INC-2 (SEV2) is a duplicate of INC-1; updates continue there.").And.Contain("*Continues in*\nINC-1"));
    }

    [Test]
    public async Task Cancelled_BeforeStakeholdersHeardAnything_TellsThemNothing()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");

        await _bot.Requests.CommandAsync("cancel drill, not a real incident", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives), Is.Empty, "an incident they never heard of is not news to them");
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.Support), Is.Empty);
    }

    [Test]
    public async Task Send_PrivateIncident_ReachesOnlyTheAudienceForPrivateIncidents()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");

        var answer = await _bot.Requests.CommandAsync("stakeholders send", "U1", incident.ChannelId!);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.StartWith("Stakeholder update #1 sent to `privexecs`."));
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.PrivateExecutives), Has.Count.EqualTo(2), "the update and the resolution");
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.PrivateExecutives)[0].Visible(), Does.Not.Contain($"<#{incident.ChannelId}>"),
            "a private channel is not linked for people outside it");
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives), Is.Empty);
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.Support), Is.Empty);
        Assert.That(StakeholderSteps.SummariesTo(_bot, "U6"), Is.Empty);
    }

    [Test]
    public async Task Send_SecurityIncident_GoesNowhere()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --type security Leaked API key");

        var answer = await _bot.Requests.CommandAsync("stakeholders send", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("is a security incident: nothing about it leaves its channel"));
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.PrivateExecutives), Is.Empty);
    }

    [TestCase("stakeholders publish", "\"publish\" is not something `/incident stakeholders` does; nothing was sent. Usage:")]
    [TestCase("stakeholders sendnow", "\"sendnow\" is not something")]
    public async Task Stakeholders_BadInput_AnswersWithTheUsageAndSendsNothing(string command, string expected)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");

        var answer = await _bot.Requests.CommandAsync(command, "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain(expected));
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives), Is.Empty);
        Assert.That((await _bot.Services.GetRequiredServiceOf<StakeholderStore>().GetAsync(incident.Id)).Sent, Is.Zero);
    }

    [Test]
    public async Task Stakeholders_NoArguments_PreviewsWhoHearsAndWhatWithoutSending()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");

        var answer = await _bot.Requests.CommandAsync("stakeholders", "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.StartWith("Stakeholders of INC-1: `execs`, `privexecs`, `support` (support)."));
        Assert.That(MessageText.Of(answer.Json!["blocks"]!.ToJsonString()), Does.Contain("Stakeholder update #1: INC-1 (SEV2)").And.Contain("Talking points"));
        await _bot.WaitForIdleAsync();
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.Executives), Is.Empty);
    }

    [Test]
    public async Task Send_RungNoAudienceHears_ExplainsAndSendsNothing()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev3 Typo on the pricing page");

        var answer = await _bot.Requests.CommandAsync("stakeholders send", "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.StartWith("No stakeholder audience hears about INC-1 (SEV3); nothing was sent."));
        await _bot.WaitForIdleAsync();
        Assert.That(StakeholderSteps.Summaries(_bot, StakeholderSteps.PrivateExecutives), Is.Empty);
    }

    private async Task PostUpdateAsync(Incident incident, string summary, string impact, string eta)
    {
        await _bot.Requests.CommandAsync("update", channel: incident.ChannelId!);
        var view = _bot.Slack.State.Views.Last(v => v.CallbackId == "update");
        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
            ("status", Select("Identified")), ("summary", Text(summary)), ("impact", Text(impact)), ("eta", Text(eta)),
            ("next_update", Select("1800")))));
        Assert.That(answer.Body, Is.Empty.Or.Not.Contain("errors"), answer.Body);
        await _bot.WaitForIdleAsync();
    }
}
