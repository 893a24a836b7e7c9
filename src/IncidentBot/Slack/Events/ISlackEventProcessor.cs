using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Events;

/// <summary>Handles one inner event type (<c>pin_added</c>, <c>member_joined_channel</c>, …) from the work queue.</summary>
public interface ISlackEventProcessor
{
    string EventType { get; }

    Task HandleAsync(JsonObject evt, string eventId, CancellationToken ct);
}
