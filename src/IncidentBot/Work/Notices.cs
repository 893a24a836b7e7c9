using IncidentBot.Core.Incidents;

namespace IncidentBot.Work;

/// <summary>
/// Queues answers to button clicks: an interaction is acknowledged at once and the answer follows from the durable
/// queue, so no Slack call sits between Slack's request and our reply.
/// </summary>
public sealed class Notices(StandaloneWork work)
{
    public Task EnqueueAsync(EphemeralNotice notice, CancellationToken ct) =>
        work.QueueAsync(EphemeralNotice.Kind, null, notice.Serialize(), null, ct);
}
