using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Posts an incident's message at most once per key: in its channel, in the feed headline's thread (public incidents
/// with a headline, once it is posted), to a user by DM, or in another channel.
/// </summary>
public sealed class IncidentPoster(
    OncePoster poster, SqliteDatabase database, OutboxStore outbox, IWorkSignal signal, IncidentBotOptions options, TimeProvider time)
{
    public async Task InChannelAsync(Incident incident, string key, string eventType, (string Text, JsonArray Blocks) message, CancellationToken ct)
    {
        if (incident.ChannelId is not { } channel)
        {
            throw new InvalidOperationException($"{incident.Reference} has no channel yet.");
        }

        await poster.PostAsync(key, eventType, new ChatMessage(channel, message.Text, message.Blocks), ct);
    }

    /// <summary>
    /// Posts in the channel, then, for a public incident, queues the copy for the feed headline's thread in the incident's
    /// feed line (<see cref="PostFeedReplyHandler"/>), where it follows the headline: a headline still waiting for its turn
    /// in a busy feed channel holds up the copies, not the incident's other work.
    /// </summary>
    public async Task InChannelAndFeedAsync(Incident incident, string key, string eventType, (string Text, JsonArray Blocks) message, CancellationToken ct)
    {
        await InChannelAsync(incident, key, eventType, message, ct);
        if (incident.IsPrivate || options.FeedChannel is not { Length: > 0 })
        {
            return;
        }

        var reply = JsonSerializer.Serialize(new FeedReply(incident.Id, key + ":feed", eventType, message.Text, message.Blocks.ToJsonString()));
        if (await database.InTransactionAsync(
            tx => outbox.EnqueueAsync(tx, WorkKinds.PostFeedReply, WorkKinds.FeedLine(incident.Id), reply, time.GetUtcNow(), $"feed-reply:{key}"), ct))
        {
            signal.Notify();
        }
    }

    public Task ToAsync(string channelOrUser, string key, string eventType, (string Text, JsonArray Blocks) message, CancellationToken ct) =>
        poster.PostAsync(key, eventType, new ChatMessage(channelOrUser, message.Text, message.Blocks), ct);
}
