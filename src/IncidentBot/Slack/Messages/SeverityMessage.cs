using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>The announcement of a severity change, in the channel and the feed thread.</summary>
public static class SeverityMessage
{
    public const string MetadataEventType = "incident_severity";

    public static (string Text, JsonArray Blocks) Build(Incident incident, Severity severity, SeverityChangePayload change)
    {
        var reason = change.Reason is { } r ? $": {PersonText.Mrkdwn(r)}" : "";
        var cadence = severity.UpdateCadence is { } c ? $"Updates now every {SlackText.Duration(c)}." : $"{severity.DisplayKey} has no update cadence.";
        var text = $":arrows_counterclockwise: {incident.Reference} severity {change.From} → {change.To} by {SlackText.User(change.ChangedBy)}{reason}. {cadence}";
        return (text, Blocks.Array([Blocks.Section(text)]));
    }
}
