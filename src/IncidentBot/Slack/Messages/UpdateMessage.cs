using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// A posted status update: "Update #3 · SEV1 · Mitigating", summary, impact, hypothesis, what changed
/// since the last update, next steps, ETA, and when the next update is due.
/// </summary>
public static class UpdateMessage
{
    public const string MetadataEventType = "incident_update";

    public static (string Text, JsonArray Blocks) Build(Incident incident, StatusUpdate update, bool initialAssessment)
    {
        var heading = Heading(update, initialAssessment);
        var fields = new List<string> { $"*Summary*\n{PersonText.Mrkdwn(update.Summary)}" };
        AddField(fields, "Impact", update.Impact);
        AddField(fields, "Current hypothesis", update.Hypothesis);
        if (update.Status != update.PreviousStatus)
        {
            fields.Add($"*Since last update*\n{StatusText.Of(update.PreviousStatus)} → {StatusText.Of(update.Status)}");
        }

        AddField(fields, "Next steps", update.NextSteps);
        if (update.Eta is { } eta)
        {
            AddField(fields, "ETA", update.Confidence is { } c ? $"{eta} ({c} confidence)" : eta);
        }

        var blocks = new List<JsonObject> { Blocks.Section($"*{incident.Reference} · {heading}*") };
        blocks.AddRange(fields.Chunk(10).Select(chunk => Blocks.Fields([.. chunk])));
        blocks.Add(Blocks.Context($"Posted by {SlackText.User(update.PostedBy)} · {NextUpdate(update)}"));
        return ($"{incident.Reference} · {heading}: {PersonText.Mrkdwn(update.Summary)}", Blocks.Array(blocks));
    }

    public static string Heading(StatusUpdate update, bool initialAssessment) =>
        $"Update #{update.Number}{(initialAssessment ? " (initial assessment)" : "")} · {update.SeverityKey.ToUpperInvariant()} · {StatusText.Of(update.Status)}";

    private static string NextUpdate(StatusUpdate update) => update.NextUpdateAt is { } next
        ? $"Next update by {SlackText.Time(next)} (in {SlackText.Duration(next - update.PostedAt)})"
        : $"No update cadence for {update.SeverityKey.ToUpperInvariant()}";

    private static void AddField(List<string> fields, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add($"*{label}*\n{PersonText.Mrkdwn(value)}");
        }
    }
}
