using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// The shared shape of every cadence timer (update reminder, role reminder, soak prompt) when it fires: in one write
/// transaction, load the incident and its cadence state; when the timer is not really due any more (an update, a
/// snooze or a resolution moved it), queue a schedule sync so the trigger is put right and record nothing; otherwise
/// let the timer record what it does.
/// </summary>
public sealed class CadenceTimer(Changes changes, SeverityLadder ladder)
{
    public Task<T?> FireAsync<T>(
        long incidentId, Func<CadenceMoment, DateTimeOffset?> due, Func<CadenceMoment, Task<T>> record, CancellationToken ct)
        where T : class =>
        changes.RunAsync<T?>(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
            {
                return null;
            }

            var moment = new CadenceMoment(change, incident, ladder.For(incident), await change.GetCadenceAsync(incidentId));
            if (!CadencePolicy.IsDue(due(moment), change.Now))
            {
                await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
                return null;
            }

            return await record(moment);
        }, ct);
}
