using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>The text, blocks and metadata of a chat.* call, checked the way Slack checks them.</summary>
internal sealed record MessageContent(string Text, string? BlocksJson, string? EventType, string? PayloadJson, bool Truncated)
{
    public const int MaxTextLength = 40_000;

    public static MessageContent Read(ApiRequest req, bool textRequired = true)
    {
        var text = req.Get("text");
        var blocks = req.Json("blocks");
        if (blocks is not null and not JsonArray)
        {
            throw new SlackApiException("invalid_blocks_format");
        }

        var hasBlocks = blocks is JsonArray { Count: > 0 };
        if (textRequired && text is null && !hasBlocks && req.Get("attachments") is null)
        {
            throw new SlackApiException("no_text");
        }

        if (hasBlocks)
        {
            var violations = BlockKitValidator.ValidateBlocks((JsonArray)blocks!, BlockSurface.Message);
            if (violations.Count > 0)
            {
                throw new SlackApiException("invalid_blocks", violations);
            }

            if (PayloadSize.BlockText(blocks) > PayloadSize.MaxMessageBlockText)
            {
                throw new SlackApiException(PayloadSize.BlocksTooLong);
            }
        }

        var (eventType, payload) = Metadata(req);
        var truncated = text is { Length: > MaxTextLength };
        return new MessageContent(
            truncated ? text![..MaxTextLength] : text ?? string.Empty,
            hasBlocks ? blocks!.ToJsonString() : null,
            eventType,
            payload,
            truncated);
    }

    /// <summary>Adds Slack's truncation warning to a success body when needed.</summary>
    public JsonObject Warn(JsonObject body)
    {
        if (Truncated)
        {
            body["response_metadata"] = new JsonObject
            {
                ["messages"] = new JsonArray("[WARN] Your message was truncated but still posted. The `text` field accepts up to 40,000 characters."),
                ["warnings"] = new JsonArray("message_truncated"),
            };
        }

        return body;
    }

    private static (string? EventType, string? Payload) Metadata(ApiRequest req)
    {
        var node = req.Json("metadata", "invalid_metadata_format");
        if (node is null)
        {
            return (null, null);
        }

        if (node is not JsonObject metadata
            || metadata["event_type"] is not JsonValue eventType
            || !eventType.TryGetValue<string>(out var type)
            || string.IsNullOrEmpty(type))
        {
            throw new SlackApiException("invalid_metadata_format");
        }

        var payload = metadata["event_payload"];
        if (payload is not null and not JsonObject)
        {
            throw new SlackApiException("invalid_metadata_format");
        }

        return (type, (payload ?? new JsonObject()).ToJsonString());
    }
}
