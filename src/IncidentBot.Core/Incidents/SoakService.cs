using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// What the soak timer does when it fires: if the incident is still in the same stretch of monitoring and its soak
/// period has passed, records the prompt once and queues the "stable — resolve?" message.
/// </summary>
public sealed class SoakService(
    SqliteDatabase database,
    IncidentStore incidents,
    CadenceStore cadence,
    TimelineStore timeline,
    OutboxStore outbox,
    SeverityLadder ladder,
    IWorkSignal signal,
    TimeProvider time)
{
    public async Task<SoakPayload?> FireAsync(long incidentId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var prompt = await database.InTransactionAsync(async tx =>
        {
            if (await incidents.GetAsync(tx, incidentId) is not { } incident)
            {
                return null;
            }

            var severity = ladder.Get(incident.SeverityKey);
            var state = await cadence.GetAsync(tx, incidentId);
            if (!CadencePolicy.IsDue(SoakPolicy.Due(incident, severity, state), now) || state.MonitoringSince is not { } since)
            {
                await outbox.EnqueueCoalescedAsync(tx, WorkKinds.SyncSchedule, incidentId, now);
                return null;
            }

            var payload = new SoakPayload(since, now);
            await cadence.SaveAsync(tx, state with { SoakAnnouncedFor = since });
            await timeline.AddAsync(tx, new TimelineEntry(0, incidentId, now, now, TimelineKind.ReminderSent,
                "Stable in monitoring for the soak period; asked whether to resolve", null));
            await outbox.EnqueueAsync(tx, CadenceWorkKinds.PostSoakPrompt, incidentId, JsonSerializer.Serialize(payload), now,
                $"soak:{incidentId}:{UnixTime.ToUnixMs(since)}");
            await outbox.EnqueueCoalescedAsync(tx, WorkKinds.SyncSchedule, incidentId, now);
            return payload;
        }, ct);

        signal.Notify();
        return prompt;
    }
}
