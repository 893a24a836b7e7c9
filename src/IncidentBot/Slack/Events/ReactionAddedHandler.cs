using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Storage;

namespace IncidentBot.Slack.Events;

/// <summary>
/// <c>reaction_added</c> with the timeline emoji (<c>IncidentBot:TimelineReaction</c>, <c>pushpin</c> by default) on a
/// message in an incident channel: the message joins the timeline, as if pinned.
/// </summary>
public sealed class ReactionAddedHandler(IncidentStore incidents, TimelineMarker marker, IncidentBotOptions options) : ISlackEventProcessor
{
    public string EventType => "reaction_added";

    public async Task HandleAsync(JsonObject evt, string eventId, CancellationToken ct)
    {
        var item = evt["item"] as JsonObject;
        var channel = Str(item?["channel"]);
        var ts = Str(item?["ts"]);
        if (!IsTimelineReaction(Str(evt["reaction"])) || Str(item?["type"]) != "message" || channel is null || ts is null
            || await incidents.GetByChannelAsync(channel, ct) is not { } incident)
        {
            return;
        }

        await marker.MarkAsync(incident, channel, ts, null, ct);
    }

    /// <summary>The configured emoji, with or without colons, ignoring a skin-tone suffix (<c>pushpin::skin-tone-2</c>).</summary>
    private bool IsTimelineReaction(string? reaction)
    {
        var wanted = options.TimelineReaction.Trim().Trim(':');
        var name = reaction?.Split("::", 2)[0];
        return wanted.Length > 0 && string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
