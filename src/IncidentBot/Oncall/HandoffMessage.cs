using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Oncall;

/// <summary>
/// The handoff document at a rotation boundary, DMed to the incoming and the outgoing person: the open incidents they
/// are in with their roles, and the action items they still own. A private incident is named by number and channel only.
/// </summary>
public static class HandoffMessage
{
    public const string MetadataEventType = "oncall_handoff";

    public static (string Text, JsonArray Blocks) Build(
        Words words, HandoffPayload handoff, string user, IReadOnlyList<(Incident Incident, IReadOnlyList<string> Roles)> incidents,
        IReadOnlyList<(ActionItem Item, Incident Incident)> actions, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(actions);
        var at = OncallAnswers.When(words, DateTimeOffset.FromUnixTimeMilliseconds(handoff.AtMs), zone);
        var text = words.Text(user == handoff.Incoming ? "oncall.handoff.incoming" : "oncall.handoff.outgoing", ("rotation", handoff.Rotation),
            ("at", at), ("outgoing", OncallAnswers.Person(handoff.Outgoing)), ("incoming", OncallAnswers.Person(handoff.Incoming)));
        var open = incidents.Count == 0 ? words["oncall.handoff.no_incidents"]
            : string.Join("\n", incidents.Select(i => words.Text("oncall.handoff.incident", ("incident", Name(words, i.Incident)),
                ("roles", i.Roles.Count == 0 ? words["oncall.handoff.member"] : string.Join(", ", i.Roles)))));
        var owned = actions.Count == 0 ? words["oncall.handoff.no_actions"]
            : string.Join("\n", actions.Take(30).Select(a => words.Text("oncall.handoff.action", ("reference", a.Incident.Reference),
                ("number", a.Item.Number), ("text", a.Incident.IsPrivate ? words["oncall.handoff.private"] : PersonText.Mrkdwn(SlackText.Truncate(a.Item.Text, 200))))));
        return (text, Blocks.Array([
            Blocks.Section(text),
            Blocks.Section($"*{words["oncall.handoff.incidents_heading"]}*\n{open}"),
            Blocks.Section($"*{words["oncall.handoff.actions_heading"]}*\n{owned}"),
        ]));
    }

    private static string Name(Words words, Incident incident)
    {
        var where = incident.ChannelId is { } channel ? $" {SlackText.Channel(channel)}" : "";
        return incident.IsPrivate
            ? $"{incident.Reference}{where} ({words["oncall.handoff.private"]})"
            : $"{incident.Reference}{where}: {PersonText.Mrkdwn(SlackText.Truncate(incident.Title, 150))}";
    }
}
