using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The update message's "current understanding" fields and its numbered next steps, each with its owner.</summary>
public static class UpdateMessageFields
{
    public static List<string> Understanding(Words words, StatusUpdate update)
    {
        var fields = new List<string>();
        var details = update.Details;
        if (details.RootCause is { } state)
        {
            var said = words[UpdateTemplateBlocks.StateKey(state)];
            Add(fields, words["update.field.root_cause"], update.Hypothesis is { } text ? $"{said} — {PersonText.Mrkdwn(text)}" : said, escaped: true);
        }
        else
        {
            Add(fields, words["update.field.hypothesis"], update.Hypothesis);
        }

        Add(fields, words["update.field.impact"], update.Impact);
        Add(fields, words["update.field.services"], details.Services);
        Add(fields, words["update.field.customers"], details.Customers);
        Add(fields, words["update.field.revenue"], details.RevenueImpact);
        Add(fields, words["update.field.sla_risk"], details.SlaRisk);
        if (update.Eta is { } eta)
        {
            Add(fields, words["update.field.eta"],
                update.Confidence is { } c ? words.Text("update.eta_confidence", ("eta", eta), ("confidence", Confidence(words, c))) : eta);
        }

        return fields;
    }

    /// <summary>"1. Roll back — @ann" per step; a free-text next steps field (a quick or older update) as it was written.</summary>
    public static string? NextSteps(Words words, StatusUpdate update)
    {
        var lines = update.Details.Steps.Select((s, i) => words.Text(s.Owner is null ? "update.step_unowned" : "update.step",
            ("number", (i + 1).ToString(CultureInfo.InvariantCulture)), ("step", PersonText.Mrkdwn(s.Text)), ("owner", s.Owner is { } o ? SlackText.User(o) : ""))).ToList();
        if (!string.IsNullOrWhiteSpace(update.NextSteps))
        {
            lines.Add(PersonText.Mrkdwn(update.NextSteps));
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>The form's confidence (<c>low</c>, <c>medium</c>, <c>high</c>) in words; any other value as it was given.</summary>
    private static string Confidence(Words words, string confidence) =>
        words.Has($"update.confidence.{confidence}") ? words[$"update.confidence.{confidence}"] : confidence;

    private static void Add(List<string> fields, string label, string? value, bool escaped = false)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add($"*{label}*\n{(escaped ? value : PersonText.Mrkdwn(value))}");
        }
    }
}
