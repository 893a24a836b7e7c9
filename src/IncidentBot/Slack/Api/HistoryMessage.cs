using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>One message from <c>conversations.history</c>, with its metadata when present.</summary>
public sealed record HistoryMessage(
    string Ts,
    string? User,
    string? BotId,
    string? Text,
    string? MetadataEventType,
    JsonObject? MetadataPayload);
