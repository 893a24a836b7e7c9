using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>Slack message metadata: an event type and a JSON payload.</summary>
public sealed record MessageMetadata(string EventType, JsonObject Payload);
