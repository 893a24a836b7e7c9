using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Queues Slack work that follows no state change of its own (a notice to a clicker, a fired timer's posts, a delivered
/// event, a feed line) in a transaction of its own, and wakes the queue. Work that goes with a state change is queued in
/// that change's transaction instead. The host queues work only through here or through a Core service: it opens no
/// transactions itself.
/// </summary>
public sealed class StandaloneWork(Database database, OutboxStore outbox, IWorkSignal signal, TimeProvider time)
{
    /// <summary>Queues the work, once per <paramref name="dedupeKey"/> when one is given; returns whether it was queued now.</summary>
    public Task<bool> QueueAsync(string kind, long? incidentId, string payload, string? dedupeKey, CancellationToken ct) =>
        NotifyingAsync(database.InTransactionAsync(tx => outbox.EnqueueAsync(tx, kind, incidentId, payload, time.GetUtcNow(), dedupeKey), ct));

    /// <summary>Queues work of <paramref name="kind"/> for the incident unless one is already waiting (it acts on the state then).</summary>
    public Task<bool> QueueCoalescedAsync(string kind, long incidentId, CancellationToken ct) =>
        NotifyingAsync(database.InTransactionAsync(async tx => await outbox.EnqueueCoalescedAsync(tx, kind, incidentId, time.GetUtcNow()) > 0, ct));

    /// <summary>
    /// Records a delivered event's id and queues the event in one transaction: a redelivery (to this replica or another)
    /// adds nothing, and nothing is lost if the process dies after Slack was answered. Returns whether it was new.
    /// </summary>
    public Task<bool> QueueEventAsync(EventInbox inbox, string eventId, string envelope, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return NotifyingAsync(database.InTransactionAsync(async tx =>
            await inbox.TryRecordAsync(tx, eventId, now)
            && await outbox.EnqueueAsync(tx, WorkKinds.SlackEvent, null, envelope, now, $"event:{eventId}"), ct));
    }

    private async Task<bool> NotifyingAsync(Task<bool> queuing)
    {
        var queued = await queuing;
        if (queued)
        {
            signal.Notify();
        }

        return queued;
    }
}
