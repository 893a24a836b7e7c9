using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>Maps Slack's JSON objects onto our records, in one place.</summary>
internal static class SlackResponseReader
{
    public static SlackChannel Channel(string method, JsonNode? node)
    {
        var channel = Object(method, node, "channel");
        return new SlackChannel(
            Required(method, channel, "id"),
            Required(method, channel, "name"),
            Bool(channel, "is_private") || Bool(channel, "is_group"),
            Optional(channel, "creator"),
            Bool(channel, "is_archived"));
    }

    public static SlackUser User(string method, JsonNode? node)
    {
        var user = Object(method, node, "user");
        return new SlackUser(
            Required(method, user, "id"),
            Required(method, user, "name"),
            Optional(user, "real_name") ?? Optional(user["profile"], "real_name"),
            Optional(user, "tz"),
            Bool(user, "is_bot"),
            Optional(user, "locale"));
    }

    public static HistoryMessage Message(string method, JsonNode? node)
    {
        var message = Object(method, node, "message");
        var metadata = message["metadata"];
        return new HistoryMessage(
            Required(method, message, "ts"),
            Optional(message, "user"),
            Optional(message, "bot_id"),
            Optional(message, "text"),
            Optional(metadata, "event_type"),
            metadata?["event_payload"]?.DeepClone() as JsonObject);
    }

    public static SlackView View(string method, JsonNode? node)
    {
        var view = Object(method, node, "view");
        return new SlackView(Required(method, view, "id"), Optional(view, "hash"));
    }

    public static string Required(string method, JsonNode? node, string name) =>
        Optional(node, name) ?? throw new SlackApiException(method, "invalid_response", [$"missing {name}"]);

    public static string? Optional(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool Bool(JsonNode? node, string name) =>
        node?[name]?.GetValueKind() == JsonValueKind.True;

    private static JsonObject Object(string method, JsonNode? node, string what) =>
        node as JsonObject ?? throw new SlackApiException(method, "invalid_response", [$"missing {what}"]);
}
