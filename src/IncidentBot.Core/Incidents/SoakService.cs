using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// What the soak timer does when it fires: if the incident is still in the same stretch of monitoring and its soak
/// period has passed, records the prompt once (in the workspace's <see cref="Words"/>) and queues the "stable — resolve?" message.
/// </summary>
public sealed class SoakService(CadenceTimer timer, Words words)
{
    public Task<SoakPayload?> FireAsync(long incidentId, CancellationToken ct = default) => timer.FireAsync(
        incidentId,
        m => m.State.MonitoringSince is null ? null : SoakPolicy.Due(m.Incident, m.Severity, m.State),
        async m =>
        {
            var (change, _, _, state) = m;
            var since = state.MonitoringSince!.Value;
            var payload = new SoakPayload(since, change.Now);
            await change.SaveCadenceAsync(state with { SoakAnnouncedFor = since });
            await change.AddToTimelineAsync(incidentId, TimelineKind.ReminderSent, words["timeline.reminder.soak"], null);
            await change.QueueAsync(CadenceWorkKinds.PostSoakPrompt, incidentId, JsonSerializer.Serialize(payload),
                $"soak:{incidentId}:{UnixTime.ToUnixMs(since)}");
            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
            return payload;
        },
        ct);
}
