using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The reminder that the severity's required roles are still empty (at most three times).</summary>
public static class RoleReminderMessage
{
    public const string MetadataEventType = "incident_role_reminder";

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, Severity severity, RoleCatalog roles, RoleReminderPayload reminder)
    {
        var names = reminder.MissingRoles
            .Select(key => roles.Find(key) is { } role ? words.RoleName(role) : key)
            .Select(name => words.Text("roles.reminder.name", ("name", SlackText.Escape(name))))
            .ToList();
        var list = names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + words["roles.reminder.and"] + names[^1];
        var text = words.Count("roles.reminder.text", names.Count, ("reference", incident.Reference), ("severity", severity.DisplayKey),
            ("roles", list), ("number", reminder.Number), ("max", RoleReminderPolicy.MaxReminders));
        return (text, Blocks.Array([Blocks.Section(text)]));
    }
}
