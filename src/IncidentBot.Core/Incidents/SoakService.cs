using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// What the soak timer does when it fires: if the incident is still in the same stretch of monitoring and its soak
/// period has passed, records the prompt once (in the workspace's <see cref="Words"/>) and queues the "stable — resolve?" message.
/// </summary>
public sealed class SoakService(CadenceTimer timer, CadenceStore cadence, TimelineStore timeline, OutboxStore outbox, Words words)
{
    public Task<SoakPayload?> FireAsync(long incidentId, CancellationToken ct = default) => timer.FireAsync(
        incidentId,
        m => m.State.MonitoringSince is null ? null : SoakPolicy.Due(m.Incident, m.Severity, m.State),
        async m =>
        {
            var (tx, _, _, state, now) = m;
            var since = state.MonitoringSince!.Value;
            var payload = new SoakPayload(since, now);
            await cadence.SaveAsync(tx, state with { SoakAnnouncedFor = since });
            await timeline.AddAsync(tx, new TimelineEntry(0, incidentId, now, now, TimelineKind.ReminderSent,
                words["timeline.reminder.soak"], null));
            await outbox.EnqueueAsync(tx, CadenceWorkKinds.PostSoakPrompt, incidentId, JsonSerializer.Serialize(payload), now,
                $"soak:{incidentId}:{UnixTime.ToUnixMs(since)}");
            await outbox.EnqueueCoalescedAsync(tx, WorkKinds.SyncSchedule, incidentId, now);
            return payload;
        },
        ct);
}
