using IncidentBot.FakeSlack;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Stakeholder updates missed in a row escalate as missed channel updates do: the IC by DM after the rung's
/// "escalate after", its escalation target mentioned in the channel one miss later (second-scale cadence).
/// </summary>
[TestFixture]
public sealed class StakeholderEscalationTests
{
    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [TestCase("S0TARGET", "<!subteam^S0TARGET>")]
    [TestCase("COPS", "<#COPS>")]
    public async Task Missed_TwiceInARow_DmsTheIcThenMentionsTheTargetInTheChannel(string target, string mention)
    {
        var slack = await StakeholderSteps.SlackAsync();
        slack.AddChannel("COPS", "ops", false, "U3");
        _bot = await BotHarness.StartAsync(StakeholderSteps.Settings(
            ("IncidentBot:Severities:sev1:StakeholderFirstWithin", "00:00:02"),
            ("IncidentBot:Severities:sev1:StakeholderCadence", "00:00:02"),
            ("IncidentBot:Severities:sev1:EscalationTarget", target)), slack);
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");

        await Eventually.TrueAsync(() => Escalations(incident.ChannelId!).Count == 1 && (target != "COPS" || Escalations("COPS").Count == 1),
            TimeSpan.FromSeconds(20), "the escalation to the target");

        Assert.That(Escalations(incident.ChannelId!).Single().Visible(),
            Does.Contain($"Escalating INC-1 (SEV1) to {mention}: 2 stakeholder updates missed; IC is <@U1>."));
        Assert.That(Escalations("COPS"), Has.Count.EqualTo(target == "COPS" ? 1 : 0), "a target channel hears it too");
        var dms = _bot.Slack.State.DirectMessages("U1").Where(m => m.MetadataEventType == StakeholderReminderMessage.MetadataEventType).ToList();
        Assert.That(dms, Has.Count.EqualTo(1), "the IC is DMed once, at the first miss");
        Assert.That(dms[0].Visible(), Does.Contain("has missed 1 stakeholder update"));
    }

    private List<SlackMessage> Escalations(string channel) => _bot.Slack.State.Messages(channel)
        .Where(m => m.MetadataEventType == StakeholderReminderMessage.MetadataEventType && m.Text.StartsWith(":rotating_light: Escalating", StringComparison.Ordinal))
        .ToList();
}
