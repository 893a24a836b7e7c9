using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;

namespace IncidentBot.Slack.Events;

/// <summary>
/// <c>pin_added</c> in an incident channel: the pinned message joins the timeline. The bot's own pins (the brief) do not.
/// </summary>
public sealed class PinAddedHandler(IncidentStore incidents, TimelineMarker marker, SlackIdentity identity) : ISlackEventProcessor
{
    public string EventType => "pin_added";

    public async Task HandleAsync(JsonObject evt, string eventId, CancellationToken ct)
    {
        var item = evt["item"] as JsonObject;
        var channel = Str(evt["channel_id"]) ?? Str(item?["channel"]);
        var message = item?["message"] as JsonObject;
        var ts = Str(message?["ts"]) ?? Str(item?["ts"]);
        if (channel is null || ts is null || (Str(item?["type"]) ?? "message") != "message"
            || await incidents.GetByChannelAsync(channel, ct) is not { } incident
            || Str(evt["user"]) == await identity.BotUserIdAsync(ct))
        {
            return;
        }

        var known = message?["text"] is null ? null
            : new HistoryMessage(ts, Str(message["user"]), Str(message["bot_id"]), Str(message["text"]), null, null);
        await marker.MarkAsync(incident, channel, ts, known, ct);
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
