using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The announcement of a severity change, in the channel and the feed thread.</summary>
public static class SeverityMessage
{
    public const string MetadataEventType = "incident_severity";

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, Severity severity, SeverityChangePayload change)
    {
        var cadence = severity.UpdateCadence is { } c
            ? words.Text("severity_change.cadence", ("duration", words.Duration(c)))
            : words.Text("severity_change.no_cadence", ("severity", severity.DisplayKey));
        (string, object?)[] args =
        [
            ("reference", incident.Reference), ("from", change.From), ("to", change.To), ("user", SlackText.User(words, change.ChangedBy)), ("cadence", cadence),
        ];
        var text = change.Reason is { } reason
            ? words.Text("severity_change.text_reason", [.. args, ("reason", PersonText.Mrkdwn(reason))])
            : words.Text("severity_change.text", args);
        return (text, Blocks.Array([Blocks.Section(text)]));
    }
}
