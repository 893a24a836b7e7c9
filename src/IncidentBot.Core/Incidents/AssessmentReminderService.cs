using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// What the initial-assessment timer does when it fires: if the assessment is still outstanding and not yet reminded
/// (no update was posted as the assessment, the incident is open at a rung that asks for one), records the reminder once
/// (in the workspace's <see cref="Words"/>) and queues the channel's reminder listing the assessment's questions.
/// </summary>
public sealed class AssessmentReminderService(CadenceTimer timer, Words words)
{
    /// <summary>Returns the recorded reminder, or null when none was due.</summary>
    public Task<AssessmentReminderPayload?> FireAsync(long incidentId, CancellationToken ct = default) => timer.FireAsync(
        incidentId,
        m => AssessmentPolicy.ReminderDue(m.Incident, m.Severity, m.State),
        async m =>
        {
            var (change, incident, severity, state) = m;
            var payload = new AssessmentReminderPayload(AssessmentPolicy.Due(incident, severity), change.Now);
            await change.SaveCadenceAsync(state with { AssessmentRemindedAt = change.Now });
            await change.AddToTimelineAsync(incidentId, TimelineKind.ReminderSent,
                words.Text("timeline.reminder.assessment", ("severity", severity.DisplayKey)), null);
            await change.QueueAsync(CadenceWorkKinds.PostAssessmentReminder, incidentId, JsonSerializer.Serialize(payload),
                $"assessment-reminder:{incidentId}");
            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
            return payload;
        },
        ct);
}
