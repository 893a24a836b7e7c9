using IncidentBot.FakeSlack;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The stakeholder tests' workspace: executives in <c>CEXEC</c> and in the user group <c>SEXEC</c> (U5, U6), support in
/// <c>CSUPPORT</c> with talking points, and an audience for private incidents in <c>CPRIV</c>; all hear SEV1 and SEV2.
/// </summary>
internal static class StakeholderSteps
{
    public const string Executives = "CEXEC";
    public const string Support = "CSUPPORT";
    public const string PrivateExecutives = "CPRIV";

    public static async Task<FakeSlackServer> SlackAsync()
    {
        var slack = await BotHarness.StartSlackAsync();
        slack.AddUser("U5", "erin", "Erin Exec");
        slack.AddUser("U6", "frank", "Frank Exec");
        slack.AddChannel(Executives, "execs", false, "U5", "U6");
        slack.AddChannel(Support, "support", false, "U3");
        slack.AddChannel(PrivateExecutives, "execs-private", false, "U5");
        slack.AddUserGroup("SEXEC", "U5", "U6");
        return slack;
    }

    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra) => ResolveSteps.Settings(
        [
            ("IncidentBot:Stakeholders:execs:Channels", Executives),
            ("IncidentBot:Stakeholders:execs:UserGroups", "SEXEC"),
            ("IncidentBot:Stakeholders:execs:Severities", "sev1, sev2"),
            ("IncidentBot:Stakeholders:support:Channels", Support),
            ("IncidentBot:Stakeholders:support:TalkingPoints", "true"),
            ("IncidentBot:Stakeholders:support:Severities", "sev1, sev2"),
            ("IncidentBot:Stakeholders:privexecs:Channels", PrivateExecutives),
            ("IncidentBot:Stakeholders:privexecs:Private", "true"),
            ("IncidentBot:Stakeholders:privexecs:Severities", "sev1, sev2"),
            .. extra,
        ]);

    public static IReadOnlyList<SlackMessage> Summaries(BotHarness bot, string channel) =>
        bot.Slack.State.Messages(channel).Where(m => m.MetadataEventType == StakeholderMessage.MetadataEventType).ToList();

    public static IReadOnlyList<SlackMessage> SummariesTo(BotHarness bot, string user) =>
        bot.Slack.State.DirectMessages(user).Where(m => m.MetadataEventType == StakeholderMessage.MetadataEventType).ToList();
}
