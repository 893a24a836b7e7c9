using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>What the declarer is told (ephemerally, through the command's response URL) once provisioning ends.</summary>
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

    public static JsonObject Failed(Incident incident, string slackError) => Ephemeral(
        $":warning: *{incident.Reference}* is recorded, but I couldn't finish setting it up in Slack: {SlackErrors.Explain(slackError)} " +
        $"(Slack said `{slackError}`.)");

    private static JsonObject Ephemeral(string text) => new()
    {
        ["response_type"] = "ephemeral",
        ["replace_original"] = false,
        ["text"] = text,
    };
}
