using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>A message to post with <c>chat.postMessage</c>. Links and media are never unfurled.</summary>
public sealed record ChatMessage(
    string Channel,
    string Text,
    JsonArray? Blocks = null,
    string? ThreadTs = null,
    MessageMetadata? Metadata = null);
