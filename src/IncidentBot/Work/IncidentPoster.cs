using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Posts an incident's message at most once per key: in its channel, in the feed headline's thread (public incidents
/// with a headline), to a user by DM, or in another channel.
/// </summary>
public sealed class IncidentPoster(OncePoster poster, IncidentBotOptions options)
{
    public async Task InChannelAsync(Incident incident, string key, string eventType, (string Text, JsonArray Blocks) message, CancellationToken ct)
    {
        if (incident.ChannelId is not { } channel)
        {
            throw new InvalidOperationException($"{incident.Reference} has no channel yet.");
        }

        await poster.PostAsync(key, eventType, new ChatMessage(channel, message.Text, message.Blocks), ct);
    }

    /// <summary>Also posts in the feed thread when the incident is public and has a headline.</summary>
    public async Task InChannelAndFeedAsync(Incident incident, string key, string eventType, (string Text, JsonArray Blocks) message, CancellationToken ct)
    {
        await InChannelAsync(incident, key, eventType, message, ct);
        if (!incident.IsPrivate && incident.FeedTs is { } feedTs && options.FeedChannel is { Length: > 0 } feed)
        {
            await poster.PostAsync(key + ":feed", eventType, new ChatMessage(feed, message.Text, message.Blocks, ThreadTs: feedTs), ct);
        }
    }

    public Task ToAsync(string channelOrUser, string key, string eventType, (string Text, JsonArray Blocks) message, CancellationToken ct) =>
        poster.PostAsync(key, eventType, new ChatMessage(channelOrUser, message.Text, message.Blocks), ct);
}
