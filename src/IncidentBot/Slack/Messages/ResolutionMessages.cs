using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The messages posted when an incident is resolved or reopened, in its channel and in the feed thread.</summary>
public static class ResolutionMessages
{
    public const string EventType = "incident_resolution";

    /// <summary>The event type of <see cref="LinkedResolved"/>, posted in another incident's channel.</summary>
    public const string LinkedEventType = "incident_linked_resolved";

    public static (string Text, JsonArray Blocks) Resolved(Words words, Incident incident, Resolution resolution)
    {
        var text = words.Text("resolution.headline", ("reference", incident.Reference), ("duration", words.Duration(resolution.ResolvedAt - incident.DeclaredAt)));
        var lines = new List<string>
        {
            words.Text("resolution.resolved_by", ("headline", text), ("user", SlackText.User(words, resolution.ResolvedBy))),
            $"*{words["resolution.field.resolution"]}*\n{PersonText.Mrkdwn(resolution.Summary)}",
        };
        if (resolution.RootCause is { Length: > 0 } cause)
        {
            lines.Add($"*{words["resolution.field.root_cause"]}*\n{PersonText.Mrkdwn(cause)}");
        }

        var next = words[resolution.StartPostmortem ? "resolution.next.postmortem" : "resolution.next.no_postmortem"];
        // A section each: summary and root cause may each be as long as a section holds, and neither may push the other out.
        return (text, Blocks.Array([.. lines.Select(Blocks.Section), Blocks.Context($"{next} {words["resolution.reopen_hint"]}")]));
    }

    public static (string Text, JsonArray Blocks) Reopened(Words words, Incident incident)
    {
        var text = words.Text("resolution.reopened", ("reference", incident.Reference));
        return (text, Blocks.Array([Blocks.Section(words.Text("resolution.reopened_detail", ("headline", text)))]));
    }

    /// <summary>
    /// In an open incident's channel, when one linked with it was resolved: the resolution's summary unless the resolved
    /// incident is private (its channel's members may not all see it), and a Resolve button for this incident.
    /// </summary>
    public static (string Text, JsonArray Blocks) LinkedResolved(Words words, Incident incident, Incident resolved, Resolution? resolution)
    {
        var named = resolved.IsPrivate ? resolved.Reference : $"{resolved.Reference} ({PersonText.Mrkdwn(resolved.Title)})";
        var text = words.Text("resolution.linked", ("named", named), ("reference", incident.Reference));
        var section = $":link: *{text}*";
        if (!resolved.IsPrivate && resolution is not null)
        {
            section += $"\n\n*{words["resolution.field.resolution"]}*\n{PersonText.Mrkdwn(resolution.Summary)}";
        }

        var id = incident.Id.ToString(CultureInfo.InvariantCulture);
        return (text, Blocks.Array([
            Blocks.Section(section),
            Blocks.Context(words.Text("resolution.linked_hint", ("reference", incident.Reference))),
            Blocks.Actions("linked_resolved_actions",
                Blocks.Button(CadenceActions.Resolve, words.Text("resolution.button.resolve_linked", ("reference", incident.Reference)), id, "primary")),
        ]));
    }

    /// <summary>
    /// The status line of the brief and headline: "Resolved after 1 h 12 min" once resolved, "Cancelled" or "Merged into
    /// INC-7" when it was closed so (<see cref="OutcomeMessages.Status"/>).
    /// </summary>
    public static string Status(Words words, Incident incident) => OutcomeMessages.Status(words, incident) ?? (incident.ResolvedAt is { } at && !incident.IsOpen
        ? words.Text("resolution.status", ("duration", words.Duration(at - incident.DeclaredAt)))
        : words.Status(incident.Status));
}
