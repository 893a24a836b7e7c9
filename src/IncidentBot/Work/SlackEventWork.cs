using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Events;

namespace IncidentBot.Work;

/// <summary>Runs a queued Slack event through the handler for its inner event type.</summary>
public sealed class SlackEventWork(IEnumerable<ISlackEventProcessor> handlers, ILogger<SlackEventWork> logger) : IWorkHandler
{
    private readonly Dictionary<string, ISlackEventProcessor> _handlers = handlers.ToDictionary(h => h.EventType, StringComparer.Ordinal);

    public string Kind => WorkKinds.SlackEvent;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var envelope = JsonNode.Parse(item.Payload)!.AsObject();
        var evt = envelope["event"]!.AsObject();
        var type = evt["type"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : ""; // from outside: any JSON type
        if (_handlers.TryGetValue(type, out var handler))
        {
            await handler.HandleAsync(evt, envelope["event_id"]!.GetValue<string>(), ct);
        }
        else
        {
            logger.LogDebug("No handler for event {EventType}", type);
        }
    }
}
