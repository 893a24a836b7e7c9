using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// What a stakeholder audience reads: the executive summary (status, impact, ETA, next update), the resolution summary,
/// word to stop creating tickets, or word that the incident was cancelled or merged; for support, with its talking points and, once mitigated, the word to stop
/// creating tickets. Everything a person typed passes through <see cref="PersonText"/>.
/// </summary>
public static class StakeholderMessage
{
    public const string MetadataEventType = "incident_stakeholder_update";

    public static (string Text, JsonArray Blocks) Build(Words words, ExecutiveSummary summary, bool talkingPoints)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(summary);
        var args = new (string, object?)[]
        {
            ("number", summary.Number), ("reference", summary.Reference), ("severity", summary.SeverityKey.ToUpperInvariant()),
            ("title", PersonText.Mrkdwn(summary.Title)),
        };
        var headline = words.Text(HeadlineKey(summary), [.. args, ("target", summary.MergedInto is { } target ? $"INC-{target.ToString(CultureInfo.InvariantCulture)}" : "")]);
        var blocks = new List<JsonObject> { Blocks.Section(headline) };
        if (summary.Kind != StakeholderMessageKind.Mitigated)
        {
            blocks.Add(Blocks.Fields(Facts(words, summary)));
        }

        if (talkingPoints && summary.Kind != StakeholderMessageKind.Closed)
        {
            blocks.Add(Blocks.Section(TalkingPoints(words, summary)));
        }

        blocks.Add(Blocks.Context(Context(words, summary)));
        return (headline, Blocks.Array(blocks));
    }

    private static string HeadlineKey(ExecutiveSummary summary) => summary.Kind == StakeholderMessageKind.Closed
        ? summary.Outcome == IncidentOutcome.Merged ? "stakeholders.message.closed_merged" : "stakeholders.message.closed_cancelled"
        : $"stakeholders.message.{summary.Kind.ToString().ToLowerInvariant()}";

    private static string[] Facts(Words words, ExecutiveSummary summary)
    {
        var impact = Field(words, "impact", Typed(words, summary.Impact));
        if (summary.Kind == StakeholderMessageKind.Closed)
        {
            var duration = Field(words, "duration", words.Duration(summary.At - summary.DeclaredAt));
            return summary.Outcome == IncidentOutcome.Merged
                ? [duration, Field(words, "continues_in", $"INC-{summary.MergedInto?.ToString(CultureInfo.InvariantCulture)}")]
                : [duration, Field(words, "reason", Typed(words, summary.OutcomeReason))];
        }

        if (summary.Kind == StakeholderMessageKind.Resolution)
        {
            return
            [
                Field(words, "duration", words.Duration(summary.At - summary.DeclaredAt)), impact,
                Field(words, "summary", Typed(words, summary.ResolutionSummary)),
                Field(words, "root_cause", summary.RootCause is { Length: > 0 } cause ? PersonText.Mrkdwn(cause) : words["stakeholders.message.root_cause_later"]),
            ];
        }

        return
        [
            Field(words, "status", words.Status(summary.Status)), impact, Field(words, "eta", Typed(words, summary.Eta)),
            Field(words, "next_update", summary.NextUpdateAt is { } next ? SlackText.Date(next) : words["stakeholders.message.none_planned"]),
        ];
    }

    private static string TalkingPoints(Words words, ExecutiveSummary summary)
    {
        var points = words.Text("stakeholders.message.talking_points", ("points", Typed(words, summary.TalkingPoints)));
        return summary.Mitigated ? $"{points}\n{words.Text("stakeholders.message.stop_tickets", ("reference", summary.Reference))}" : points;
    }

    private static string Context(Words words, ExecutiveSummary summary)
    {
        var declared = words.Text("stakeholders.message.declared", ("date", SlackText.Date(summary.DeclaredAt)));
        return summary.ChannelId is { } channel
            ? $"{declared} · {words.Text("stakeholders.message.channel", ("channel", SlackText.Channel(channel)))}"
            : declared;
    }

    private static string Field(Words words, string name, string value) => $"*{words[$"stakeholders.field.{name}"]}*\n{value}";

    private static string Typed(Words words, string? text) =>
        string.IsNullOrWhiteSpace(text) ? words["stakeholders.message.not_known"] : PersonText.Mrkdwn(text);
}
