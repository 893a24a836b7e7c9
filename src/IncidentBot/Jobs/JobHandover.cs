using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Jobs;

/// <summary>
/// Hands a fired timer's Slack work to the durable queue, which retries it through Slack outages, resumes it after a
/// crash or a restart and posts it once. A job that called Slack itself lost its work to any of those: the timer had
/// fired, so nothing would fire it again.
/// </summary>
public sealed class JobHandover(SqliteDatabase database, OutboxStore outbox, IWorkSignal signal, TimeProvider time)
{
    /// <summary>Queues the work once per <paramref name="dedupeKey"/>, however often the timer fires for it.</summary>
    public async Task QueueAsync(string kind, long? incidentId, string payload, string dedupeKey)
    {
        // One short write, not cut short by a shutdown (the scheduler waits for running jobs): handed over whole or not at all.
        var queued = await database.InTransactionAsync(
            tx => outbox.EnqueueAsync(tx, kind, incidentId, payload, time.GetUtcNow(), dedupeKey), CancellationToken.None);
        if (queued)
        {
            signal.Notify();
        }
    }
}
