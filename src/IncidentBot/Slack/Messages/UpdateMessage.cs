using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// A posted status update, in the practice's template: the heading <c>Update #3 · 14:35 UTC</c> (the time in each
/// reader's own zone), status and severity, the one-line summary, since last update as bullets, the current
/// understanding (root cause and its state, impact, services and customers affected, the assessment's revenue impact and
/// SLA-breach risk, ETA with confidence), next steps each with its owner, and when the next update is due.
/// </summary>
public static class UpdateMessage
{
    public const string MetadataEventType = "incident_update";

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, StatusUpdate update)
    {
        var heading = Heading(words, update);
        var blocks = new List<JsonObject>
        {
            Blocks.Section($"*{incident.Reference} · {heading}*\n{Status(words, update)}"),
            Blocks.Section($"*{words["update.field.summary"]}:* {PersonText.Mrkdwn(update.Summary)}"),
        };
        if (SinceLast(words, update) is { Count: > 0 } bullets)
        {
            blocks.Add(Blocks.Section($"*{words["update.field.since_last"]}*\n{string.Join("\n", bullets.Select(b => $"• {b}"))}"));
        }

        if (UpdateMessageFields.Understanding(words, update) is { Count: > 0 } fields)
        {
            blocks.Add(Blocks.Section($"*{words["update.field.understanding"]}*"));
            blocks.AddRange(fields.Chunk(10).Select(chunk => Blocks.Fields([.. chunk])));
        }

        if (UpdateMessageFields.NextSteps(words, update) is { } steps)
        {
            blocks.Add(Blocks.Section($"*{words["update.field.next_steps"]}*\n{steps}"));
        }

        blocks.Add(Blocks.Context(words.Text("update.posted_by", ("user", SlackText.User(words, update.PostedBy)), ("next", NextUpdate(words, update)))));
        return ($"{incident.Reference} · {heading}: {PersonText.Mrkdwn(update.Summary)}", Blocks.Array(blocks));
    }

    /// <summary><c>Update #3 · 14:35 UTC</c>, the time a Slack date token each reader sees in their own zone.</summary>
    public static string Heading(Words words, StatusUpdate update) =>
        words.Text(update.Details.Assessment ? "update.heading_initial" : "update.heading",
            ("number", update.Number), ("time", SlackText.Time(update.PostedAt)));

    private static string Status(Words words, StatusUpdate update)
    {
        var status = update.Status == update.PreviousStatus
            ? words.Status(update.Status)
            : words.Text("update.status_changed", ("status", words.Status(update.Status)), ("previous", words.Status(update.PreviousStatus)));
        return words.Text("update.status_line", ("status", status), ("severity", update.SeverityKey.ToUpperInvariant()));
    }

    /// <summary>The bullets as written, then the status change, when there was one.</summary>
    private static List<string> SinceLast(Words words, StatusUpdate update)
    {
        var bullets = update.Details.SinceLastBullets().Select(PersonText.Mrkdwn).ToList();
        if (update.Status != update.PreviousStatus)
        {
            bullets.Add($"{words.Status(update.PreviousStatus)} → {words.Status(update.Status)}");
        }

        return bullets;
    }

    private static string NextUpdate(Words words, StatusUpdate update) => update.NextUpdateAt is { } next
        ? words.Text("update.next", ("time", SlackText.Time(next)), ("duration", words.Duration(next - update.PostedAt)))
        : words.Text("update.no_cadence", ("severity", update.SeverityKey.ToUpperInvariant()));
}
