using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// A posted status update: "Update #3 · SEV1 · Mitigating", summary, impact, hypothesis, what changed
/// since the last update, next steps, ETA, and when the next update is due.
/// </summary>
public static class UpdateMessage
{
    public const string MetadataEventType = "incident_update";

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, StatusUpdate update, bool initialAssessment)
    {
        var heading = Heading(words, update, initialAssessment);
        var fields = new List<string> { $"*{words["update.field.summary"]}*\n{PersonText.Mrkdwn(update.Summary)}" };
        AddField(fields, words["update.field.impact"], update.Impact);
        AddField(fields, words["update.field.hypothesis"], update.Hypothesis);
        if (update.Status != update.PreviousStatus)
        {
            fields.Add($"*{words["update.field.since_last"]}*\n{words.Status(update.PreviousStatus)} → {words.Status(update.Status)}");
        }

        AddField(fields, words["update.field.next_steps"], update.NextSteps);
        if (update.Eta is { } eta)
        {
            AddField(fields, words["update.field.eta"],
                update.Confidence is { } c ? words.Text("update.eta_confidence", ("eta", eta), ("confidence", Confidence(words, c))) : eta);
        }

        var blocks = new List<JsonObject> { Blocks.Section($"*{incident.Reference} · {heading}*") };
        blocks.AddRange(fields.Chunk(10).Select(chunk => Blocks.Fields([.. chunk])));
        blocks.Add(Blocks.Context(words.Text("update.posted_by", ("user", SlackText.User(words, update.PostedBy)), ("next", NextUpdate(words, update)))));
        return ($"{incident.Reference} · {heading}: {PersonText.Mrkdwn(update.Summary)}", Blocks.Array(blocks));
    }

    public static string Heading(Words words, StatusUpdate update, bool initialAssessment) =>
        words.Text(initialAssessment ? "update.heading_initial" : "update.heading",
            ("number", update.Number), ("severity", update.SeverityKey.ToUpperInvariant()), ("status", words.Status(update.Status)));

    private static string NextUpdate(Words words, StatusUpdate update) => update.NextUpdateAt is { } next
        ? words.Text("update.next", ("time", SlackText.Time(next)), ("duration", words.Duration(next - update.PostedAt)))
        : words.Text("update.no_cadence", ("severity", update.SeverityKey.ToUpperInvariant()));

    /// <summary>The form's confidence (<c>low</c>, <c>medium</c>, <c>high</c>) in words; any other value as it was given.</summary>
    private static string Confidence(Words words, string confidence) =>
        words.Has($"update.confidence.{confidence}") ? words[$"update.confidence.{confidence}"] : confidence;

    private static void AddField(List<string> fields, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add($"*{label}*\n{PersonText.Mrkdwn(value)}");
        }
    }
}
