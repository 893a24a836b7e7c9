using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The pinned brief: title, INC-n, severity, status, duration, roles, next update due (snoozes, promises and reopenings
/// included, as the reminders keep them). Pure: state in, payload out.
/// </summary>
public static class BriefMessage
{
    public const string MetadataEventType = "incident_brief";

    public static (string Text, JsonArray Blocks) Build(Incident incident, Severity severity, CadenceState cadence, RoleCatalog roles, DateTimeOffset now)
    {
        var text = $"{incident.Reference} · {severity.DisplayKey} · {StatusText.Of(incident.Status)}: {PersonText.Mrkdwn(incident.Title)}";
        var blocks = new List<JsonObject>
        {
            Blocks.Header($"{incident.Reference}: {PersonText.Plain(incident.Title)}"),
            Blocks.Fields(
                $"*Severity*\n{severity.DisplayKey} · {SlackText.Escape(severity.Label)}",
                $"*Status*\n{ResolutionMessages.Status(incident)}",
                $"*Started*\n{SlackText.Date(incident.DeclaredAt)}",
                $"*Duration*\n{SlackText.Duration((incident.ResolvedAt ?? now) - incident.DeclaredAt)}",
                $"*{(Core.Policies.CadencePolicy.IsInitialAssessment(incident, severity) ? "Initial assessment due" : "Next update due")}*\n{NextUpdate(incident, severity, cadence, now)}",
                $"*Declared by*\n{SlackText.User(incident.DeclaredBy)}"),
            Blocks.Section(RoleLines(incident, roles)),
        };
        if (!string.IsNullOrWhiteSpace(incident.Summary) || !string.IsNullOrWhiteSpace(incident.Impact))
        {
            blocks.Add(Blocks.Section(Describe(incident)));
        }

        if (incident.PossiblyRelatedNumber is { } related)
        {
            blocks.Add(Blocks.Context($":link: Possibly related to INC-{related}, which is still open."));
        }

        if (incident.Links.Count > 0 || incident.OpenActionCount > 0)
        {
            blocks.Add(Blocks.Context(BriefLinks.Describe(incident)));
        }

        if (BriefButtons.For(incident) is { Length: > 0 } buttons)
        {
            blocks.Add(Blocks.Actions(BriefButtons.BlockId, buttons));
        }

        return (text, Blocks.Array(blocks));
    }

    private static string RoleLines(Incident incident, RoleCatalog roles) =>
        "*Roles*\n" + string.Join('\n', roles.All.Select(r => $"{SlackText.Escape(r.Name)}: {SlackText.User(incident.RoleHolder(r.Key))}"));

    private static string Describe(Incident incident)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(incident.Summary))
        {
            lines.Add($"*Summary*\n{PersonText.Mrkdwn(incident.Summary)}");
        }

        if (!string.IsNullOrWhiteSpace(incident.Impact))
        {
            lines.Add($"*Customer impact*\n{PersonText.Mrkdwn(incident.Impact)}");
        }

        return string.Join("\n\n", lines);
    }

    private static string NextUpdate(Incident incident, Severity severity, CadenceState cadence, DateTimeOffset now)
    {
        if (!incident.IsOpen)
        {
            return "none (resolved)";
        }

        if (Core.Policies.CadencePolicy.BriefDue(incident, severity, cadence) is not { } due)
        {
            return $"no cadence for {severity.DisplayKey}";
        }

        return SlackText.Date(due) + (Core.Policies.CadencePolicy.IsDue(due, now) ? " (overdue)" : "");
    }
}
