using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Changing an incident's severity (IC or admin, or anyone while there is no IC): the new severity, a timeline entry
/// "SEV2 → SEV1: reason" (in the workspace's <see cref="Words"/>), the queued announcement and a reschedule of the cadence, in one transaction. A public incident
/// is never moved to a severity that is private by default: its channel and feed headline would go on showing it.
/// </summary>
public sealed class SeverityService(Changes changes, PermissionPolicy permissions, Words words)
{
    public Task<SeverityChangeResult> ChangeAsync(long incidentId, string userId, Severity severity, string? reason, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var incident = await change.GetIncidentAsync(incidentId) ?? throw new KeyNotFoundException($"No incident {incidentId}.");
            var permission = permissions.Check(incident, userId, IncidentAction.ChangeSeverity);
            var outcome = !incident.IsOpen ? SeverityChangeOutcome.Resolved
                : !permission.Allowed ? SeverityChangeOutcome.NotPermitted
                : incident.SeverityKey == severity.Key ? SeverityChangeOutcome.AlreadyThatSeverity
                : severity.PrivateByDefault && !incident.IsPrivate ? SeverityChangeOutcome.PrivateSeverityOnPublicIncident
                : SeverityChangeOutcome.Changed;
            if (outcome != SeverityChangeOutcome.Changed)
            {
                return new SeverityChangeResult(incident, outcome, permission, severity);
            }

            var from = incident.SeverityKey.ToUpperInvariant();
            var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            await change.SetSeverityAsync(incident.Id, severity.Key);
            var text = why is null
                ? words.Text("timeline.severity_changed", ("from", from), ("to", severity.DisplayKey))
                : words.Text("timeline.severity_changed_because", ("from", from), ("to", severity.DisplayKey), ("reason", why));
            await change.AddToTimelineAsync(incident.Id, TimelineKind.SeverityChanged, text, userId);
            var payload = JsonSerializer.Serialize(new SeverityChangePayload(from, severity.DisplayKey, why, userId));
            await change.QueueAsync(CadenceWorkKinds.AnnounceSeverity, incident.Id, payload);
            await change.QueueFollowUpsAsync(incident.Id);
            return new SeverityChangeResult((await change.GetIncidentAsync(incident.Id))!, outcome, permission, severity);
        }, ct);
}
