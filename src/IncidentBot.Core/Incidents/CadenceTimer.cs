using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// The shared shape of every cadence timer (update reminder, role reminder, soak prompt) when it fires: in one write
/// transaction, load the incident and its cadence state; when the timer is not really due any more (an update, a
/// snooze or a resolution moved it), queue a schedule sync so the trigger is put right and record nothing; otherwise
/// let the timer record what it does.
/// </summary>
public sealed class CadenceTimer(
    Database database,
    IncidentStore incidents,
    CadenceStore cadence,
    OutboxStore outbox,
    SeverityLadder ladder,
    IWorkSignal signal,
    TimeProvider time)
{
    public async Task<T?> FireAsync<T>(
        long incidentId, Func<CadenceMoment, DateTimeOffset?> due, Func<CadenceMoment, Task<T>> record, CancellationToken ct)
        where T : class
    {
        var now = time.GetUtcNow();
        var result = await database.InTransactionAsync(async tx =>
        {
            if (await incidents.GetAsync(tx, incidentId) is not { } incident)
            {
                return null;
            }

            var moment = new CadenceMoment(tx, incident, ladder.Get(incident.SeverityKey), await cadence.GetAsync(tx, incidentId), now);
            if (!CadencePolicy.IsDue(due(moment), now))
            {
                await outbox.EnqueueCoalescedAsync(tx, WorkKinds.SyncSchedule, incidentId, now);
                return null;
            }

            return await record(moment);
        }, ct);

        signal.Notify();
        return result;
    }
}
