using System.Text.Json;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// What the role-reminder timer does when it fires: if required roles are still empty and a reminder is due, counts
/// it, records it on the timeline (role names in the workspace's <see cref="Words"/>) and queues the channel message, in
/// one transaction.
/// </summary>
public sealed class RoleReminderService(CadenceTimer timer, IncidentBotOptions options, RoleCatalog roles, Words words)
{
    public Task<RoleReminderPayload?> FireAsync(long incidentId, CancellationToken ct = default) => timer.FireAsync(
        incidentId,
        m => RoleReminderPolicy.NextDue(m.Incident, m.Severity, m.State, options.RoleReminderDelay),
        async m =>
        {
            var (change, incident, severity, state) = m;
            var payload = new RoleReminderPayload(state.RoleReminders + 1, RoleReminderPolicy.MissingRoles(incident, severity));
            await change.SaveCadenceAsync(state with { RoleReminders = payload.Number, LastRoleReminderAt = change.Now });
            await change.AddToTimelineAsync(incidentId, TimelineKind.ReminderSent, Describe(payload), null);
            await change.QueueAsync(CadenceWorkKinds.PostRoleReminder, incidentId, JsonSerializer.Serialize(payload),
                $"role-reminder:{incidentId}:{payload.Number}");
            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
            return payload;
        },
        ct);

    /// <summary>"Role reminder 1 of 3: Technical Lead, Scribe still empty"; a key no longer configured reads as itself.</summary>
    private string Describe(RoleReminderPayload payload) => words.Text("timeline.reminder.roles",
        ("number", payload.Number), ("max", RoleReminderPolicy.MaxReminders),
        ("roles", string.Join(words["timeline.list_joiner"], payload.MissingRoles.Select(k => roles.Find(k) is { } role ? words.RoleName(role) : k))));
}
