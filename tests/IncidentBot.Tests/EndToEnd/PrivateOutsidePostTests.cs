using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;
using Quartz;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// What goes outside a private incident carries its number only (escalation to a channel, the overdue digest to an
/// owner outside it), and a public incident cannot be moved to a severity that is private by default.
/// </summary>
[TestFixture]
public sealed class PrivateOutsidePostTests
{
    private const string OnCall = "CONCALL";
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        var slack = await BotHarness.StartSlackAsync();
        slack.AddChannel(OnCall, "oncall", false, "U3");
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:Severities:sev2:UpdateCadence", "00:00:03"),
            ("IncidentBot:Severities:sev2:EscalateAfterMissed", "1"),
            ("IncidentBot:Severities:sev2:EscalationTarget", OnCall),
            ("IncidentBot:Severities:sev2:RequiredRoles", "ic"),
            ("IncidentBot:Severities:sev0:PrivateByDefault", "true")), slack);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Escalation_ToATargetChannel_NamesAPrivateIncidentByNumberOnly()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --private Leaked credentials");

        await Eventually.TrueAsync(() => _bot.Slack.State.Messages(OnCall).Count > 0, TimeSpan.FromSeconds(20), "the escalation in the target channel");
        await _bot.WaitForIdleAsync();

        var inChannel = _bot.Slack.State.Messages(secret.ChannelId!).Single(m => m.Text.Contains("Escalating", StringComparison.Ordinal));
        var outside = _bot.Slack.State.Messages(OnCall).Single();
        Assert.Multiple(() =>
        {
            Assert.That(inChannel.Visible(), Does.Contain("Leaked credentials"), "the members still read the title");
            Assert.That(outside.Visible(), Does.Contain("Escalating INC-1 (SEV2, private)").And.Contain("<@U1>"));
            Assert.That(outside.Visible() + outside.Text, Does.Not.Contain("Leaked").And.Not.Contain(secret.ChannelId!));
        });
    }

    [Test]
    public async Task Digest_OwnerOutsideAPrivateIncident_GetsItsNumberNotItsText()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");
        await _bot.Requests.CommandAsync("action Rotate the signing keys <@U2> due:2020-01-01 p1", "U1", secret.ChannelId!);
        await _bot.Requests.CommandAsync("action Audit the key store <@U1> due:2020-01-01 p1", "U1", secret.ChannelId!);

        var scheduler = await _bot.Services.GetRequiredServiceOf<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(ActionDigestJob.Key);
        await Eventually.TrueAsync(() => _bot.Slack.State.DirectMessages("U2").Count == 1 && _bot.Slack.State.DirectMessages("U1")
            .Any(m => m.MetadataEventType == ActionItemMessages.DigestEventType), TimeSpan.FromSeconds(15), "both digests");

        var outsider = _bot.Slack.State.DirectMessages("U2").Single();
        var member = _bot.Slack.State.DirectMessages("U1").Single(m => m.MetadataEventType == ActionItemMessages.DigestEventType);
        Assert.Multiple(() =>
        {
            Assert.That(outsider.Visible(), Does.Contain("INC-1").And.Contain("#1").And.Contain("private incident"));
            Assert.That(outsider.Visible() + outsider.Text, Does.Not.Contain("Rotate").And.Not.Contain("Leaked").And.Not.Contain(secret.ChannelId!));
            Assert.That(member.Visible(), Does.Contain("Audit the key store"), "a member reads the item");
        });
    }

    [Test]
    public async Task Severity_PublicIncidentToAPrivateByDefaultSeverity_IsRefusedWithWhatToDo()
    {
        var open = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");

        var answer = await _bot.Requests.CommandAsync("severity sev0 it is a breach", "U1", open.ChannelId!);
        await _bot.WaitForIdleAsync();

        var after = await ResolveSteps.ReloadAsync(_bot, open);
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(open.Id);
        Assert.Multiple(() =>
        {
            Assert.That(answer.Text, Does.Contain("SEV0 incidents are private, but INC-1 is public").And.Contain("nothing changed")
                .And.Contain("`/incident declare sev0 &lt;title&gt;`").And.Contain("`/incident link INC-1`"));
            Assert.That(after.SeverityKey, Is.EqualTo("sev1"));
            Assert.That(after.IsPrivate, Is.False);
            Assert.That(timeline.Select(e => e.Kind), Has.None.EqualTo(TimelineKind.SeverityChanged));
            Assert.That(_bot.Slack.State.Messages(BotHarness.FeedChannel).Single().Visible(), Does.Contain("SEV1"));
        });
    }

    [Test]
    public async Task SeverityModal_PublicIncidentToAPrivateByDefaultSeverity_ShowsTheRefusalOnTheField()
    {
        var open = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");

        await _bot.Requests.InteractionAsync(BlockAction("U1", open.ChannelId!, "change_severity",
            open.Id.ToString(CultureInfo.InvariantCulture), _bot.Slack.IssueTriggerId("U1")));
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "change_severity");
        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(("severity", Select("sev0")), ("reason", Text("breach")))));

        Assert.That(answer.Json!["response_action"]!.GetValue<string>(), Is.EqualTo("errors"));
        Assert.That(answer.Json["errors"]!["severity"]!.GetValue<string>(), Does.Contain("SEV0 incidents are private"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, open)).SeverityKey, Is.EqualTo("sev1"));
    }

    [Test]
    public async Task Severity_PrivateIncidentToAPrivateByDefaultSeverity_Changes()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");

        var answer = await _bot.Requests.CommandAsync("severity sev0 keys are out", "U1", secret.ChannelId!);

        Assert.That(answer.Text, Does.Contain("INC-1 is now SEV0"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, secret)).SeverityKey, Is.EqualTo("sev0"));
    }
}
