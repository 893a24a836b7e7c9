using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The answers to <c>/incident stakeholders</c> and its reminder's button, in the words of the person who asked.</summary>
public static class StakeholderAnswers
{
    public static string Usage(Words words, string typed) => typed.Length == 0
        ? words["stakeholders.answer.usage"]
        : words.Text("stakeholders.answer.unknown", ("typed", PersonText.Mrkdwn(SlackText.Truncate(typed, 40))), ("usage", words["stakeholders.answer.usage"]));

    /// <summary>Who hears, when the next update is due, and the summary as it would be sent now.</summary>
    public static (string Text, JsonArray Blocks) Preview(Words words, Incident incident, IReadOnlyList<StakeholderAudience> audiences,
        DateTimeOffset? due, ExecutiveSummary summary)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(audiences);
        if (audiences.Count == 0)
        {
            var none = NoAudience(words, incident);
            return (none, Blocks.Array([Blocks.Section(none)]));
        }

        var text = words.Text("stakeholders.answer.preview", ("reference", incident.Reference), ("audiences", Names(words, audiences)),
            ("due", due is { } d ? SlackText.Date(d) : words["stakeholders.message.none_planned"]));
        var blocks = new List<JsonObject> { Blocks.Section(text), Blocks.Divider() };
        blocks.AddRange(StakeholderMessage.Build(words, summary, audiences.Any(a => a.TalkingPoints)).Blocks.OfType<JsonObject>().Select(b => b.DeepClone().AsObject()));
        return (text, Blocks.Array(blocks));
    }

    public static string Result(Words words, Incident incident, StakeholderSendResult result)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            StakeholderSendOutcome.Sent => words.Text("stakeholders.answer.sent", ("number", result.Payload!.Summary.Number),
                ("audiences", string.Join(words["timeline.list_joiner"], result.Payload.Audiences.Select(Code))),
                ("due", result.Payload.Summary.NextUpdateAt is { } d ? SlackText.Date(d) : words["stakeholders.message.none_planned"])),
            StakeholderSendOutcome.NoAudience => NoAudience(words, incident),
            StakeholderSendOutcome.Resolved => words.Text("stakeholders.answer.resolved", ("reference", incident.Reference)),
            StakeholderSendOutcome.AlreadySent => words["stakeholders.answer.already_sent"],
            _ => CadenceAnswers.NoIncident(words),
        };
    }

    private static string NoAudience(Words words, Incident incident) => words.Text(
        SecurityIncidents.Is(incident) ? "stakeholders.answer.no_audience_security"
            : incident.IsPrivate ? "stakeholders.answer.no_audience_private" : "stakeholders.answer.no_audience",
        ("reference", incident.Reference), ("severity", incident.SeverityKey.ToUpperInvariant()));

    private static string Names(Words words, IReadOnlyList<StakeholderAudience> audiences) =>
        string.Join(words["timeline.list_joiner"], audiences.Select(a => a.TalkingPoints ? words.Text("stakeholders.answer.support", ("name", Code(a.Name))) : Code(a.Name)));

    /// <summary>An audience's name as configured (<c>IncidentBot__Stakeholders__execs</c>), the same in every language.</summary>
    private static string Code(string name) => $"`{name}`";
}
