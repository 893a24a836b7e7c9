using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// Queues an ephemeral answer to a click, so the click is acknowledged at once and the answer is posted by the work
/// queue (with its retries) instead of between the request and its answer.
/// </summary>
public sealed class ClickNotices(SqliteDatabase database, OutboxStore outbox, IWorkSignal signal, TimeProvider time)
{
    public async Task TellAsync(long? incidentId, string? channel, string user, string text, CancellationToken ct)
    {
        if (channel is null)
        {
            return;
        }

        var payload = JsonSerializer.Serialize(new EphemeralNotice(channel, user, text));
        await database.InTransactionAsync(tx => outbox.EnqueueAsync(tx, ResolutionWorkKinds.Notice, incidentId, payload, time.GetUtcNow()), ct);
        signal.Notify();
    }
}
