using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The pinned brief: title, INC-n, severity, status, duration, roles, next update due (snoozes, promises and reopenings
/// included, as the reminders keep them). Pure: state in, payload out.
/// </summary>
public static class BriefMessage
{
    public const string MetadataEventType = "incident_brief";

    public static (string Text, JsonArray Blocks) Build(
        Words words, Incident incident, Severity severity, CadenceState cadence, RoleCatalog roles, DateTimeOffset now, WarRoomLine? warRoom = null)
    {
        var text = $"{incident.Reference} · {severity.DisplayKey} · {words.Status(incident.Status)}: {PersonText.Mrkdwn(incident.Title)}";
        var due = AssessmentPolicy.IsOutstanding(incident, severity, cadence) ? "brief.field.initial_assessment_due" : "brief.field.next_update_due";
        var blocks = new List<JsonObject>
        {
            Blocks.Header($"{incident.Reference}: {PersonText.Plain(incident.Title)}"),
            Blocks.Fields(
                Field(words, "brief.field.severity", $"{severity.DisplayKey} · {SlackText.Escape(words.Label(severity))}"),
                Field(words, "brief.field.status", ResolutionMessages.Status(words, incident)),
                Field(words, "brief.field.started", SlackText.Date(incident.DeclaredAt)),
                Field(words, "brief.field.duration", words.Duration((incident.ResolvedAt ?? now) - incident.DeclaredAt)),
                Field(words, due, NextUpdate(words, incident, severity, cadence, now)),
                Field(words, "brief.field.declared_by", SlackText.User(words, incident.DeclaredBy))),
            Blocks.Section(RoleLines(words, incident, roles)),
        };
        if (!string.IsNullOrWhiteSpace(incident.Summary) || !string.IsNullOrWhiteSpace(incident.Impact))
        {
            blocks.Add(Blocks.Section(Describe(words, incident)));
        }

        if (warRoom is { IsEmpty: false })
        {
            blocks.Add(Blocks.Context(warRoom.Describe(words)));
        }

        if (incident.PossiblyRelatedNumber is { } related)
        {
            blocks.Add(Blocks.Context(words.Text("brief.possibly_related", ("reference", $"INC-{related}"))));
        }

        if (incident.Links.Count > 0 || incident.OpenActionCount > 0)
        {
            blocks.Add(Blocks.Context(BriefLinks.Describe(words, incident)));
        }

        if (BriefButtons.For(words, incident) is { Length: > 0 } buttons)
        {
            blocks.Add(Blocks.Actions(BriefButtons.BlockId, buttons));
        }

        return (text, Blocks.Array(blocks));
    }

    /// <summary>A labelled field: the label in bold on its own line, the value below.</summary>
    private static string Field(Words words, string label, string value) => $"*{words[label]}*\n{value}";

    private static string RoleLines(Words words, Incident incident, RoleCatalog roles) =>
        $"*{words["brief.field.roles"]}*\n" +
        string.Join('\n', roles.All.Select(r => $"{SlackText.Escape(words.RoleName(r))}: {SlackText.User(words, incident.RoleHolder(r.Key))}"));

    private static string Describe(Words words, Incident incident)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(incident.Summary))
        {
            lines.Add(Field(words, "brief.field.summary", PersonText.Mrkdwn(incident.Summary)));
        }

        if (!string.IsNullOrWhiteSpace(incident.Impact))
        {
            lines.Add(Field(words, "brief.field.impact", PersonText.Mrkdwn(incident.Impact)));
        }

        return string.Join("\n\n", lines);
    }

    private static string NextUpdate(Words words, Incident incident, Severity severity, CadenceState cadence, DateTimeOffset now)
    {
        if (!incident.IsOpen)
        {
            return words["brief.next_update.resolved"];
        }

        if (CadencePolicy.BriefDue(incident, severity, cadence) is not { } due)
        {
            return words.Text("brief.next_update.no_cadence", ("severity", severity.DisplayKey));
        }

        return CadencePolicy.IsDue(due, now) ? words.Text("brief.next_update.overdue", ("due", SlackText.Date(due))) : SlackText.Date(due);
    }
}
