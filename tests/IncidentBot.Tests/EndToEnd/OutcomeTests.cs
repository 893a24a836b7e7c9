using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>/incident cancel &lt;reason&gt;</c> and <c>/incident merge INC-n</c>: outcomes other than resolved.</summary>
[TestFixture]
public sealed class OutcomeTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private JobScheduler Scheduler => _bot.Services.GetRequiredServiceOf<JobScheduler>();

    private Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Incident incident) =>
        _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);

    [Test]
    public async Task Cancel_WithAReason_ClosesWithoutAPostmortemStopsRemindersAndTellsChannelAndFeed()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout alerts firing");
        Assert.That(await Scheduler.NextFireAsync(IncidentJobKeys.UpdateReminder(incident.Id)), Is.Not.Null, "a reminder is pending before");

        var answer = await _bot.Requests.CommandAsync("cancel the alert misfired, no customer impact", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-1 is cancelled"));
        var closed = await ResolveSteps.ReloadAsync(_bot, incident);
        Assert.That((closed.Outcome, closed.OutcomeReason, closed.IsOpen, closed.Stage),
            Is.EqualTo(((IncidentOutcome?)IncidentOutcome.Cancelled, "the alert misfired, no customer impact", false, IncidentStage.Closed)));
        Assert.That(await Scheduler.NextFireAsync(IncidentJobKeys.UpdateReminder(incident.Id)), Is.Null, "the update reminder is gone");
        var posted = ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "INC-1 was cancelled");
        Assert.That(posted, Has.Count.EqualTo(1));
        Assert.That(posted[0].Visible(), Does.Contain("the alert misfired, no customer impact").And.Contain("<@U1>"));
        Assert.That(_bot.Slack.State.Replies(BotHarness.FeedChannel, incident.FeedTs!).Select(m => m.Text), Has.One.Contains("INC-1 was cancelled"));
        Assert.That(_bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible(), Does.Contain("Cancelled"));
        Assert.That(_bot.Slack.State.Message(BotHarness.FeedChannel, incident.FeedTs!)!.Visible(), Does.Contain("Cancelled"));
        Assert.That((await TimelineAsync(incident)).Where(e => e.Kind == TimelineKind.Cancelled).Select(e => e.Text),
            Is.EqualTo(new[] { "Cancelled: the alert misfired, no customer impact" }));

        var postmortem = await _bot.Requests.CommandAsync("postmortem", "U1", incident.ChannelId!);
        var again = await _bot.Requests.CommandAsync("cancel once more", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();
        Assert.That(postmortem.Text, Does.Contain("has no post-mortem"));
        Assert.That(again.Text, Does.Contain("closed already (Cancelled)"));
        Assert.That(ResolveSteps.FilesIn(_bot, incident.ChannelId!), Is.Empty);
        Assert.That(ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "INC-1 was cancelled"), Has.Count.EqualTo(1));
    }

    [TestCase("cancel")]
    [TestCase("cancel    ")]
    public async Task Cancel_WithoutAReason_AnswersUsageAndChangesNothing(string text)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync(text, "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("Say why it is cancelled.").And.Contain("Usage: `/incident cancel &lt;reason&gt;`"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).IsOpen, Is.True);
    }

    [Test]
    public async Task Cancel_BySomeoneOtherThanTheCommander_IsRefusedNamingWhoCan()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await _bot.Requests.CommandAsync("role ic <@U1>", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var answer = await _bot.Requests.CommandAsync("cancel not ours", "U2", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("Only the Incident Commander (<@U1>) can cancel INC-1."));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).IsOpen, Is.True);
    }

    [Test]
    public async Task Merge_IntoAnotherIncident_ClosesItReferencesItsTimelineTellsBothChannelsAndStopsItsReminders()
    {
        var survivor = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");
        var duplicate = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Payments erroring");
        await _bot.Requests.CommandAsync("note card processor returns 502", "U2", duplicate.ChannelId!);
        await _bot.WaitForIdleAsync();

        var answer = await _bot.Requests.CommandAsync("merge INC-1", "U1", duplicate.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-2 is merged into INC-1"));
        var merged = await ResolveSteps.ReloadAsync(_bot, duplicate);
        Assert.That((merged.Outcome, merged.MergedInto, merged.IsOpen), Is.EqualTo(((IncidentOutcome?)IncidentOutcome.Merged, (int?)1, false)));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, survivor)).IsOpen, Is.True);
        Assert.That(await Scheduler.NextFireAsync(IncidentJobKeys.UpdateReminder(duplicate.Id)), Is.Null);
        Assert.That(await Scheduler.NextFireAsync(IncidentJobKeys.UpdateReminder(survivor.Id)), Is.Not.Null);

        var told = ResolveSteps.MessagesContaining(_bot, duplicate.ChannelId!, "INC-2 was merged into INC-1");
        Assert.That(told, Has.Count.EqualTo(1));
        Assert.That(told[0].Visible(), Does.Contain($"Carry on in <#{survivor.ChannelId}>").And.Contain("Checkout is failing"));
        Assert.That(_bot.Slack.State.Replies(BotHarness.FeedChannel, duplicate.FeedTs!).Select(m => m.Text), Has.One.Contains("INC-2 was merged into INC-1"));
        Assert.That(ResolveSteps.MessagesContaining(_bot, survivor.ChannelId!, "INC-2 (Payments erroring) was merged into INC-1"), Has.Count.EqualTo(1));

        var references = (await TimelineAsync(survivor)).Where(e => e.Kind == TimelineKind.MergedEntry).ToList();
        Assert.That(references.Select(e => e.Text), Has.One.EqualTo("INC-2 · card processor returns 502"));
        Assert.That(references.Single(e => e.Text.EndsWith("502", StringComparison.Ordinal)).UserId, Is.EqualTo("U2"));
        Assert.That((await TimelineAsync(survivor)).Where(e => e.Kind == TimelineKind.MergedFrom).Select(e => e.Text),
            Has.One.StartsWith("INC-2 (Payments erroring) was merged into this incident"));
        Assert.That((await TimelineAsync(duplicate)).Select(e => e.Text), Has.One.EqualTo("Merged into INC-1: Checkout is failing"));
    }

    [Test]
    public async Task Merge_IntoAResolvedIncident_Works()
    {
        var survivor = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is failing");
        await ResolveSteps.ResolveAsync(_bot, survivor, options: ["impact_confirmed"]);
        await _bot.WaitForIdleAsync();
        var duplicate = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout broken again");

        var answer = await _bot.Requests.CommandAsync("merge inc-1", "U1", duplicate.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-2 is merged into INC-1"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, duplicate)).Outcome, Is.EqualTo(IncidentOutcome.Merged));
    }

    [TestCase("merge", "Which incident is this a duplicate of?")]
    [TestCase("merge INC-9", "There is no INC-9.")]
    [TestCase("merge INC-1", "INC-1 cannot be merged into itself.")]
    [TestCase("merge yesterday's outage", "is not an incident number")]
    public async Task Merge_BadReference_ExplainsWithUsageAndChangesNothing(string text, string problem)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync(text, "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain(problem).And.Contain("Usage: `/incident merge INC-7`"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).IsOpen, Is.True);
    }

    [Test]
    public async Task Merge_IntoAPrivateIncidentTheMemberCannotSee_IsAnsweredAsUnknownAndChangesNothing()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 --private Leaked credentials", user: "U2");
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Login errors", user: "U1");

        var answer = await _bot.Requests.CommandAsync("merge INC-1", "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("There is no INC-1."));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).IsOpen, Is.True);
    }

    [Test]
    public async Task Merge_PrivateIntoPublic_LeavesOnlyItsNumberOnThePublicIncident()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --private Leaked credentials");
        var open = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Login errors");
        await _bot.Requests.CommandAsync("note rotated the vault token", "U1", secret.ChannelId!);
        await _bot.WaitForIdleAsync();

        var answer = await _bot.Requests.CommandAsync("merge INC-2", "U1", secret.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-1 is merged into INC-2"));
        var survivorTimeline = await TimelineAsync(open);
        Assert.That(survivorTimeline.Where(e => e.Kind == TimelineKind.MergedEntry), Is.Empty);
        Assert.That(survivorTimeline.Select(e => e.Text), Has.One.StartsWith("INC-1 (private) was merged into this incident"));
        var leaked = _bot.Slack.State.Messages(open.ChannelId!).Concat(_bot.Slack.State.Messages(BotHarness.FeedChannel))
            .Where(m => m.Visible().Contains("Leaked", StringComparison.Ordinal) || m.Visible().Contains("vault", StringComparison.Ordinal));
        Assert.That(leaked, Is.Empty);
        Assert.That(survivorTimeline.Select(e => e.Text), Has.None.Contains("Leaked").And.None.Contains("vault"));
    }

    [Test]
    public async Task Stats_CancelledAndMergedIncidents_AreCountedApart()
    {
        var kept = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is failing");
        var falseAlarm = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Disk alert");
        var duplicate = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout down");
        await _bot.Requests.CommandAsync("cancel disk alert was a test", "U1", falseAlarm.ChannelId!);
        await _bot.Requests.CommandAsync($"merge INC-{kept.Number}", "U1", duplicate.ChannelId!);
        await _bot.WaitForIdleAsync();

        var answer = await _bot.Requests.CommandAsync("stats");

        var shown = MessageText.Of(answer.Json!["blocks"]!.ToJsonString());
        Assert.That(answer.Text, Does.EndWith(": 1"));
        Assert.That(shown, Does.Contain("Counted apart: 1 cancelled (false alarm or declined), 1 merged as a duplicate."));
    }
}
