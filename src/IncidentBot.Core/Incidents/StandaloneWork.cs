using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Queues Slack work that follows no state change of its own (a notice to a clicker, a fired timer's posts, a delivered
/// event, a feed line) in a transaction of its own, and wakes the queue. Work that goes with a state change is queued in
/// that change's transaction instead. The host queues work only through here or through a Core service: it opens no
/// transactions itself.
/// </summary>
public sealed class StandaloneWork(Changes changes)
{
    /// <summary>Queues the work, once per <paramref name="dedupeKey"/> when one is given; returns whether it was queued now.</summary>
    public Task<bool> QueueAsync(string kind, long? incidentId, string payload, string? dedupeKey, CancellationToken ct) =>
        changes.RunAsync(change => change.QueueAsync(kind, incidentId, payload, dedupeKey), ct);

    /// <summary>Queues work of <paramref name="kind"/> for the incident unless one is already waiting (it acts on the state then).</summary>
    public Task<bool> QueueCoalescedAsync(string kind, long incidentId, CancellationToken ct) =>
        changes.RunAsync(change => change.QueueCoalescedAsync(kind, incidentId), ct);

    /// <summary>
    /// Records a delivered event's id and queues the event in one transaction: a redelivery (to this replica or another)
    /// adds nothing, and nothing is lost if the process dies after Slack was answered. Returns whether it was new.
    /// </summary>
    public Task<bool> QueueEventAsync(string eventId, string envelope, CancellationToken ct) =>
        changes.RunAsync(async change =>
            await change.TryRecordEventAsync(eventId) && await change.QueueAsync(WorkKinds.SlackEvent, null, envelope, $"event:{eventId}"), ct);
}
