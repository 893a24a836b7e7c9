using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Posts an incident's message at most once per key: in its channel, in the feed headline's thread (public incidents
/// with a headline, once it is posted), to a user by DM, or in another channel.
/// </summary>
public sealed class IncidentPoster(OncePoster poster, FeedLineWork feedLine)
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
    /// Posts in the channel, then queues the copy for the feed headline's thread in the incident's feed line
    /// (<see cref="FeedLineWork.ReplyAsync"/>), where it follows the headline: a headline still waiting for its turn
    /// in a busy feed channel holds up the copies, not the incident's other work.
    /// </summary>
    public async Task InChannelAndFeedAsync(Incident incident, string key, string eventType, (string Text, JsonArray Blocks) message, CancellationToken ct)
    {
        await InChannelAsync(incident, key, eventType, message, ct);
        await feedLine.ReplyAsync(incident, key, eventType, message, ct);
    }

    public Task ToAsync(string channelOrUser, string key, string eventType, (string Text, JsonArray Blocks) message, CancellationToken ct) =>
        poster.PostAsync(key, eventType, new ChatMessage(channelOrUser, message.Text, message.Blocks), ct);
}
