using System.Text.Json;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Work;

/// <summary>
/// Queues work in an incident's feed line (<see cref="WorkKinds.FeedLine"/>): its headline, then the copies of its posts
/// for the headline's thread, each once by its key. Private incidents, and any incident while no feed channel is set,
/// have no feed line, and nothing is queued for them.
/// </summary>
public sealed class FeedLineWork(
    StandaloneWork work, IncidentBotOptions options)
{
    /// <summary>Queues the headline of a provisioned incident (<see cref="PostHeadlineHandler"/>).</summary>
    public Task HeadlineAsync(Incident incident, CancellationToken ct) =>
        EnqueueAsync(incident, WorkKinds.PostHeadline, JsonSerializer.Serialize(new PostHeadlineHandler.Payload(incident.Id)),
            WorkKinds.HeadlineKey(incident.Id), ct);

    /// <summary>Queues a copy of the message posted under <paramref name="key"/> for the headline's thread (<see cref="PostFeedReplyHandler"/>).</summary>
    public Task ReplyAsync(Incident incident, string key, string eventType, (string Text, System.Text.Json.Nodes.JsonArray Blocks) message, CancellationToken ct) =>
        EnqueueAsync(incident, WorkKinds.PostFeedReply,
            JsonSerializer.Serialize(new FeedReply(incident.Id, key + ":feed", eventType, message.Text, message.Blocks.ToJsonString())),
            $"feed-reply:{key}", ct);

    private async Task EnqueueAsync(Incident incident, string kind, string payload, string dedupeKey, CancellationToken ct)
    {
        if (incident.IsPrivate || options.FeedChannel is not { Length: > 0 })
        {
            return;
        }

        await work.QueueAsync(kind, WorkKinds.FeedLine(incident.Id), payload, dedupeKey, ct);
    }
}
