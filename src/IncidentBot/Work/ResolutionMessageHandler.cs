using System.Text.Json;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Posts "resolved" / "reopened" once per resolution in the channel, and in the feed thread for public incidents.</summary>
public sealed class ResolutionMessageHandler(
    IncidentStore incidents, ResolutionStore resolutions, OncePoster poster, IncidentBotOptions options) : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.ResolutionMessage;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var notice = JsonSerializer.Deserialize<ResolutionNotice>(item.Payload)!;
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { ChannelId: { } channel } incident)
        {
            return;
        }

        (string Text, System.Text.Json.Nodes.JsonArray Blocks) message;
        if (notice.Event == ResolutionNotice.Resolved)
        {
            if (await resolutions.GetAsync(incident.Id, notice.Sequence, ct) is not { } resolution)
            {
                return;
            }

            message = ResolutionMessages.Resolved(incident, resolution);
        }
        else
        {
            message = ResolutionMessages.Reopened(incident);
        }

        var key = $"inc:{incident.Id}:{notice.Event}:{notice.Sequence}";
        await poster.PostAsync(key, ResolutionMessages.EventType, new ChatMessage(channel, message.Text, message.Blocks), ct);
        if (!incident.IsPrivate && incident.FeedTs is { } feedTs && options.FeedChannel is { Length: > 0 } feed)
        {
            await poster.PostAsync(key + ":feed", ResolutionMessages.EventType, new ChatMessage(feed, message.Text, message.Blocks, feedTs), ct);
        }
    }
}
