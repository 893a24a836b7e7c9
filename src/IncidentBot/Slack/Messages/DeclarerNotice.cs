using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// What the declarer is told (ephemerally, through the command's response URL) once provisioning ends, and before that
/// when Slack's limit on channel creation holds the channel back.
/// </summary>
public static class DeclarerNotice
{
    public static JsonObject Declared(Incident incident)
    {
        var where = incident.ChannelId is { } c ? SlackText.Channel(c) : "its channel";
        var text = $":white_check_mark: *{incident.Reference}* is declared: {where}. The brief is pinned there; take the roles from it.";
        if (incident.PossiblyRelatedNumber is { } related)
        {
            text += $"\n:link: Possibly related to INC-{related}.";
        }

        return Ephemeral(text);
    }

    /// <summary>Slack's limit on channel creation holds the incident's channel back about <paramref name="wait"/>.</summary>
    public static JsonObject Delayed(Incident incident, TimeSpan wait) => Ephemeral(
        $":hourglass_flowing_sand: Slack is limiting channel creation; {incident.Reference}'s channel will be ready in about " +
        $"{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s. I'll tell you here when it is.");

    public static JsonObject Failed(Incident incident, string slackError) => Ephemeral(
        $":warning: *{incident.Reference}* is recorded, but I couldn't finish setting it up in Slack: {SlackErrors.Explain(Core.Texts.Words.English, slackError)} " +
        $"(Slack said `{slackError}`.)");

    private static JsonObject Ephemeral(string text) => new()
    {
        ["response_type"] = "ephemeral",
        ["replace_original"] = false,
        ["text"] = text,
    };
}
