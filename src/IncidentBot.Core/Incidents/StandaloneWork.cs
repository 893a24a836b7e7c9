using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Queues one item of Slack work in a transaction of its own and wakes the queue: for work that follows no state change
/// of its own (a notice to a clicker, a fired timer's posts). Work that goes with a state change
/// is queued in that change's transaction instead.
/// </summary>
public sealed class StandaloneWork(Database database, OutboxStore outbox, IWorkSignal signal, TimeProvider time)
{
    /// <summary>Queues the work, once per <paramref name="dedupeKey"/> when one is given; returns whether it was queued now.</summary>
    public async Task<bool> QueueAsync(string kind, long? incidentId, string payload, string? dedupeKey, CancellationToken ct)
    {
        var queued = await database.InTransactionAsync(tx => outbox.EnqueueAsync(tx, kind, incidentId, payload, time.GetUtcNow(), dedupeKey), ct);
        if (queued)
        {
            signal.Notify();
        }

        return queued;
    }
}
