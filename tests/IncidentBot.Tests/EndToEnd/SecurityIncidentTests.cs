using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Security incidents stay inside their channel: private whatever was asked or configured, no feed headline, no
/// escalation in another channel, and no trace in <c>/incident stats</c> for people who are not members.
/// </summary>
[TestFixture]
public sealed class SecurityIncidentTests
{
    private const string OnCall = "CONCALL";
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        var slack = await BotHarness.StartSlackAsync();
        slack.AddChannel(OnCall, "oncall", false, "U3");
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(
            ("IncidentBot:Types:security:Private", "false"),
            ("IncidentBot:Severities:sev2:UpdateCadence", "00:00:03"),
            ("IncidentBot:Severities:sev2:EscalateAfterMissed", "1"),
            ("IncidentBot:Severities:sev2:EscalationTarget", OnCall)), slack);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Declare_SecurityTypeConfiguredPublic_IsStillPrivateWithNoFeedHeadline()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --type security Leaked API key");

        Assert.That(incident.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Messages(BotHarness.FeedChannel), Is.Empty);
    }

    [Test]
    public async Task Escalation_OfASecurityIncident_StaysInItsChannel()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type security Leaked API key");

        await Eventually.TrueAsync(() => _bot.Slack.State.Messages(incident.ChannelId!).Any(m => m.Text.Contains("Escalating", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(20), "the escalation in the incident's channel");
        await _bot.WaitForIdleAsync();

        Assert.That(_bot.Slack.State.Messages(OnCall), Is.Empty);
    }

    [Test]
    public async Task Escalation_OfAnotherPrivateIncident_StillReachesTheTargetChannel()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 --private Payroll export stuck");

        await Eventually.TrueAsync(() => _bot.Slack.State.Messages(OnCall).Count > 0, TimeSpan.FromSeconds(20), "the escalation in the target channel");
    }

    [Test]
    public async Task Stats_SecurityIncident_CountsOnlyForItsMembers()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 --type security Leaked API key", "U1");
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Payroll export stuck", "U1");
        await ResolveSteps.DeclareAsync(_bot, "declare sev3 Typo on the status page", "U2");

        var outsider = await _bot.Requests.CommandAsync("stats", "U3");
        var member = await _bot.Requests.CommandAsync("stats", "U1");

        Assert.That(outsider.Text, Is.EqualTo("Incidents in the last 30 days: 2"));
        Assert.That(MessageText.Of(outsider.Json!["blocks"]!.ToJsonString()), Does.Contain("*SEV1* · 1 (1 private, 1 open)"));
        Assert.That(member.Text, Is.EqualTo("Incidents in the last 30 days: 3"));
        Assert.That(MessageText.Of(member.Json!["blocks"]!.ToJsonString()), Does.Contain("*SEV1* · 2 (2 private, 2 open)"));
    }
}
