using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.SocketMode;

/// <summary>A text frame Slack sends over a Socket Mode connection, parsed from its JSON.</summary>
public abstract record SocketFrame
{
    /// <summary>The first frame on a connection; until it arrives the connection carries nothing.</summary>
    public sealed record Hello(int NumConnections, TimeSpan? ApproximateConnectionTime) : SocketFrame;

    /// <summary>Slack is about to close (or has disabled) the connection; see <see cref="DisconnectReasons"/>.</summary>
    public sealed record Disconnect(string Reason) : SocketFrame;

    /// <summary>A request to handle and acknowledge: <c>events_api</c>, <c>slash_commands</c> or <c>interactive</c>.</summary>
    public sealed record Envelope(
        string EnvelopeId,
        string Type,
        JsonObject? Payload,
        bool AcceptsResponsePayload,
        int RetryAttempt = 0,
        string? RetryReason = null) : SocketFrame
    {
        /// <summary>The acknowledgement: <c>{"envelope_id":…}</c>, with the payload only where Slack accepts one.</summary>
        public JsonObject Ack(JsonObject? payload)
        {
            var ack = new JsonObject { ["envelope_id"] = EnvelopeId };
            if (payload is not null && AcceptsResponsePayload)
            {
                ack["payload"] = payload;
            }

            return ack;
        }
    }

    /// <summary>A frame we cannot use; <see cref="EnvelopeId"/> is set when it can still be acknowledged.</summary>
    public sealed record Unreadable(string? EnvelopeId, string Problem) : SocketFrame;

    public static SocketFrame Parse(string text)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is null)
        {
            return new Unreadable(null, "not a JSON object");
        }

        var envelopeId = Str(json["envelope_id"]);
        return Str(json["type"]) switch
        {
            "hello" => new Hello(Int(json["num_connections"]) ?? 1, Seconds(json["debug_info"]?["approximate_connection_time"])),
            "disconnect" => new Disconnect(Str(json["reason"]) ?? "unknown"),
            { } type when envelopeId is { Length: > 0 } => new Envelope(
                envelopeId, type, json["payload"] as JsonObject, Bool(json["accepts_response_payload"]),
                Int(json["retry_attempt"]) ?? 0, Str(json["retry_reason"]) is { Length: > 0 } reason ? reason : null),
            var type => new Unreadable(envelopeId, $"frame of type '{type ?? "(none)"}' without an envelope_id"),
        };
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    private static bool Bool(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static TimeSpan? Seconds(JsonNode? node) => Int(node) is { } s ? TimeSpan.FromSeconds(s) : null;
}
