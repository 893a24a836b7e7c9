using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;

namespace IncidentBot.Slack.Messages;

/// <summary>The reminder that the severity's required roles are still empty (at most three times).</summary>
public static class RoleReminderMessage
{
    public const string MetadataEventType = "incident_role_reminder";

    public static (string Text, JsonArray Blocks) Build(Incident incident, Severity severity, RoleCatalog roles, RoleReminderPayload reminder)
    {
        var names = reminder.MissingRoles.Select(key => roles.Find(key)?.Name ?? key).Select(SlackText.Escape).ToList();
        var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        var text = $":busts_in_silhouette: {incident.Reference} ({severity.DisplayKey}) still has no {list}. " +
            $"Take a role from the pinned brief or `/incident role <role> @user`. " +
            $"(Reminder {reminder.Number} of {RoleReminderPolicy.MaxReminders}.)";
        return (text, Blocks.Array([Blocks.Section(text)]));
    }
}
