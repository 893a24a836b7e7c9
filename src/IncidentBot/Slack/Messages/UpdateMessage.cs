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

    /// <summary>
    /// The message, within Slack's size for one message: when every field was typed at its longest (and escaping grew
    /// it), the longest parts are cut, a mention or entity never halved, until it fits. The whole update stays on the
    /// incident's timeline, in the post-mortem and on the web view.
    /// </summary>
    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, StatusUpdate update)
    {
        var heading = Heading(words, update);
        var since = SinceLast(words, update);
        var parts = new List<string?> { PersonText.Mrkdwn(update.Summary), since.Count > 0 ? string.Join("\n", since.Select(b => $"• {b}")) : null };
        var fields = UpdateMessageFields.Understanding(words, update);
        parts.AddRange(fields);
        parts.Add(UpdateMessageFields.NextSteps(words, update));
        var blocks = Blocks(words, incident, update, heading, parts, fields.Count);
        while (!MessageBudget.Message.Holds(blocks) && Longest(parts) is var (index, length) && length > MinPart)
        {
            parts[index] = SlackText.Truncate(parts[index]!, Math.Max(MinPart, length * 3 / 4));
            blocks = Blocks(words, incident, update, heading, parts, fields.Count);
        }

        return ($"{incident.Reference} · {heading}: {PersonText.Mrkdwn(update.Summary)}", Messages.Blocks.Array(blocks));
    }

    /// <summary>The shortest a part is cut to: a dozen of them fit many times over.</summary>
    private const int MinPart = 200;

    /// <summary>The blocks from the parts: summary, since last (or null), the understanding fields, next steps (or null).</summary>
    private static List<JsonObject> Blocks(Words words, Incident incident, StatusUpdate update, string heading, List<string?> parts, int fieldCount)
    {
        var blocks = new List<JsonObject>
        {
            Messages.Blocks.Section($"*{incident.Reference} · {heading}*\n{Status(words, update)}"),
            Messages.Blocks.Section($"*{words["update.field.summary"]}:* {parts[0]}"),
        };
        if (parts[1] is { } since)
        {
            blocks.Add(Messages.Blocks.Section($"*{words["update.field.since_last"]}*\n{since}"));
        }

        if (fieldCount > 0)
        {
            blocks.Add(Messages.Blocks.Section($"*{words["update.field.understanding"]}*"));
            blocks.AddRange(parts.Skip(2).Take(fieldCount).Chunk(10).Select(chunk => Messages.Blocks.Fields([.. chunk.Select(f => f!)])));
        }

        if (parts[^1] is { } steps)
        {
            blocks.Add(Messages.Blocks.Section($"*{words["update.field.next_steps"]}*\n{steps}"));
        }

        blocks.Add(Messages.Blocks.Context(words.Text("update.posted_by", ("user", SlackText.User(words, update.PostedBy)), ("next", NextUpdate(words, update)))));
        return blocks;
    }

    private static (int Index, int Length) Longest(List<string?> parts) =>
        parts.Select((p, i) => (i, p?.Length ?? 0)).MaxBy(p => p.Item2);

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
