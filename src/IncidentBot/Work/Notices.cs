using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Work;

/// <summary>
/// Queues answers to button clicks: an interaction is acknowledged at once and the answer follows from the durable
/// queue, so no Slack call sits between Slack's request and our reply.
/// </summary>
public sealed class Notices(SqliteDatabase database, OutboxStore outbox, IWorkSignal signal, TimeProvider time)
{
    public async Task EnqueueAsync(EphemeralNotice notice, CancellationToken ct)
    {
        await database.InTransactionAsync(
            tx => outbox.EnqueueAsync(tx, EphemeralNotice.Kind, null, notice.Serialize(), time.GetUtcNow()), ct);
        signal.Notify();
    }
}
