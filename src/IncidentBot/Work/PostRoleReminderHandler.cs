using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Posts the reminder that required roles are still empty, in the workspace's words.</summary>
public sealed class PostRoleReminderHandler(IncidentStore incidents, SeverityLadder ladder, RoleCatalog roles, IncidentPoster poster, Wording wording)
    : IWorkHandler
{
    public string Kind => CadenceWorkKinds.PostRoleReminder;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var reminder = JsonSerializer.Deserialize<RoleReminderPayload>(item.Payload)!;
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        if (!incident.IsOpen)
        {
            return;
        }

        var message = RoleReminderMessage.Build(wording.Workspace, incident, ladder.For(incident), roles, reminder);
        await poster.InChannelAsync(incident, $"inc:{incident.Id}:role-reminder:{reminder.Number}", RoleReminderMessage.MetadataEventType, message, ct);
    }
}
