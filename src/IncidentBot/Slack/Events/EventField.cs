using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Events;

/// <summary>Reads a field of an inner event that Slack sends as a string; anything else (missing, a number, an object) is null.</summary>
public static class EventField
{
    public static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
