using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Posts a <see cref="FeedReply"/> in the feed headline's thread, once. It runs after the headline in the incident's feed
/// line, so an incident with no headline by then has none to reply to (its posting failed for good).
/// </summary>
public sealed class PostFeedReplyHandler(IncidentStore incidents, OncePoster poster, IncidentBotOptions options) : IWorkHandler
{
    public string Kind => WorkKinds.PostFeedReply;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var reply = JsonSerializer.Deserialize<FeedReply>(item.Payload)!;
        if (options.FeedChannel is not { Length: > 0 } feed
            || await incidents.GetAsync(reply.IncidentId, ct) is not { IsPrivate: false, FeedTs: { } headlineTs })
        {
            return;
        }

        var blocks = JsonNode.Parse(reply.BlocksJson)!.AsArray();
        await poster.PostAsync(reply.Key, reply.EventType, new ChatMessage(feed, reply.Text, blocks, ThreadTs: headlineTs), ct);
    }
}
