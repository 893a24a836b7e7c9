using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Resolving through the modal (command and brief button), permissions, double submits and reopening.</summary>
[TestFixture]
public sealed class ResolveTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Resolve_ViaModal_UpdatesBriefAndHeadlineAndPostsTheResolution()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await ResolveSteps.ResolveAsync(_bot, incident, options: ["impact_confirmed"]);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Body, Is.Empty, "an empty 200 closes the modal");
        var resolved = await ResolveSteps.ReloadAsync(_bot, incident);
        Assert.That(resolved.Status, Is.EqualTo(IncidentStatus.Resolved));
        Assert.That(resolved.ResolvedAt, Is.Not.Null);
        Assert.That(resolved.Stage, Is.EqualTo(IncidentStage.Active), "no post-mortem was asked for");
        var brief = _bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!;
        Assert.That(brief.Visible(), Does.Contain("Resolved after").And.Not.Contain("\"resolve\""));
        Assert.That(brief.BlocksJson, Does.Not.Contain("\"action_id\":\"resolve\""));
        var headline = _bot.Slack.State.Message(BotHarness.FeedChannel, incident.FeedTs!)!;
        Assert.That(headline.Visible(), Does.Contain("INC-1 · SEV1 · Resolved after"));
        var message = ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "INC-1 resolved after").Single();
        Assert.That(message.Visible(), Does.Contain("Rolled back config v2").And.Contain("A config push disabled the card processor"));
        Assert.That(_bot.Slack.State.Replies(BotHarness.FeedChannel, incident.FeedTs!).Count(m => m.Visible().Contains("INC-1 resolved after", StringComparison.Ordinal)), Is.EqualTo(1));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Single(e => e.Kind == TimelineKind.Resolved).Text, Does.Contain("Rolled back config v2"));
    }

    [Test]
    public async Task ResolveSubmission_SubmittedTwice_ResolvesOnce()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await _bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!);
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "resolve");

        await ResolveSteps.SubmitAsync(_bot, view, "U1", "Fixed", "", ["start_postmortem"]);
        await ResolveSteps.SubmitAsync(_bot, view, "U1", "Fixed", "", ["start_postmortem"]);
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1);

        Assert.That(ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "INC-1 resolved after"), Has.Count.EqualTo(1));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Count(e => e.Kind == TimelineKind.Resolved), Is.EqualTo(1));
        Assert.That(ResolveSteps.FilesIn(_bot, incident.ChannelId!), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ResolveSubmission_AfterSomeoneElseResolved_SaysSoOnTheFormAndChangesNothing()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await _bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!);
        var mine = _bot.Slack.State.Views.Single(v => v.CallbackId == "resolve");
        await ResolveSteps.ResolveAsync(_bot, incident, summary: "Rolled back config v2", options: ["impact_confirmed"]);

        var late = await ResolveSteps.SubmitAsync(_bot, mine, "U1", "Restarted the pods", "", ["start_postmortem"]);
        await _bot.WaitForIdleAsync();

        Assert.That(late.Json?["response_action"]?.GetValue<string>(), Is.EqualTo("errors"));
        Assert.That(late.Json?["errors"]?["resolution_summary"]?.GetValue<string>(),
            Does.Contain("INC-1 was resolved by someone else while this form was open").And.Contain("`/incident reopen`"));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Count(e => e.Kind == TimelineKind.Resolved), Is.EqualTo(1));
        Assert.That(timeline.Any(e => e.Text.Contains("Restarted the pods", StringComparison.Ordinal)), Is.False);
        Assert.That(ResolveSteps.FilesIn(_bot, incident.ChannelId!), Is.Empty, "no post-mortem was asked for by the one that counted");
    }

    [Test]
    public async Task Resolve_WithALongSummary_StillShowsTheRootCause()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var summary = string.Join(' ', Enumerable.Repeat("Rolled back the config push and drained the EU pool.", 55));

        await ResolveSteps.ResolveAsync(_bot, incident, summary: summary, rootCause: "A config push disabled the card processor", options: ["impact_confirmed"]);
        await _bot.WaitForIdleAsync();

        var message = ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "INC-1 resolved after").Single();
        Assert.That(summary.Length, Is.GreaterThan(2800));
        Assert.That(message.Visible(), Does.Contain("*Root cause*\nA config push disabled the card processor"));
    }

    [Test]
    public async Task ResolveSubmission_WithoutSummary_ErrorsOnTheSummaryAndChangesNothing()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await ResolveSteps.ResolveAsync(_bot, incident, summary: "   ");

        Assert.That(answer.Json?["response_action"]?.GetValue<string>(), Is.EqualTo("errors"));
        Assert.That(answer.Json?["errors"]?["resolution_summary"]?.GetValue<string>(), Does.Contain("what fixed it"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).IsOpen, Is.True);
    }

    [Test]
    public async Task Resolve_ByNonCommander_IsRefusedNamingTheCommander()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync("resolve", "U2", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("Only the Incident Commander (<@U1>)").And.Contain("resolve INC-1"));
        Assert.That(_bot.Slack.State.Views.Where(v => v.CallbackId == "resolve"), Is.Empty);
    }

    [Test]
    public async Task ResolveButton_OnTheBrief_OpensTheModalWithTheClicksTrigger()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var brief = _bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!;
        Assert.That(brief.BlocksJson, Does.Contain("\"action_id\":\"resolve\""));

        var answer = await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, "resolve",
            incident.Id.ToString(CultureInfo.InvariantCulture), _bot.Slack.IssueTriggerId("U1"), incident.BriefTs));

        Assert.That(answer.Status, Is.EqualTo(200));
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "resolve");
        Assert.That(view.Json, Does.Contain("Resolve INC-1"));
    }

    [Test]
    public async Task ResolveButton_ByNonCommander_GetsAnEphemeralRefusal()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        await _bot.Requests.InteractionAsync(BlockAction("U3", incident.ChannelId!, "resolve",
            incident.Id.ToString(CultureInfo.InvariantCulture), _bot.Slack.IssueTriggerId("U3")));
        await _bot.WaitForIdleAsync();

        Assert.That(_bot.Slack.State.Views.Where(v => v.CallbackId == "resolve"), Is.Empty);
        Assert.That(ResolveSteps.NoticesTo(_bot, "U3"), Does.Contain("Only the Incident Commander"));
    }

    [Test]
    public async Task Resolve_WhenAlreadyResolved_PointsAtReopen()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident, options: ["impact_confirmed"]);

        var answer = await _bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("INC-1 is already resolved").And.Contain("/incident reopen"));
    }

    [Test]
    public async Task Reopen_AfterResolve_GoesBackToInvestigatingAndSaysSo()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident, options: ["impact_confirmed"]);
        await _bot.WaitForIdleAsync();

        var answer = await _bot.Requests.CommandAsync("reopen", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-1 is reopened"));
        var reopened = await ResolveSteps.ReloadAsync(_bot, incident);
        Assert.That(reopened.Status, Is.EqualTo(IncidentStatus.Investigating));
        Assert.That(reopened.ResolvedAt, Is.Null);
        Assert.That(ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "INC-1 reopened"), Has.Count.EqualTo(1));
        var brief = _bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!;
        Assert.That(brief.Visible(), Does.Contain("Investigating").And.Not.Contain("Resolved after"));
    }

    [Test]
    public async Task Reopen_WhenOpenOrByNonCommander_ExplainsAndChangesNothing()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var open = await _bot.Requests.CommandAsync("reopen", "U1", incident.ChannelId!);
        await ResolveSteps.ResolveAsync(_bot, incident, options: ["impact_confirmed"]);

        var refused = await _bot.Requests.CommandAsync("reopen", "U2", incident.ChannelId!);

        Assert.That(open.Text, Does.Contain("INC-1 is open, so there is nothing to reopen"));
        Assert.That(refused.Text, Does.Contain("Only the Incident Commander (<@U1>)").And.Contain("reopen INC-1"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).IsOpen, Is.False);
    }
}
