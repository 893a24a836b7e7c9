using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Messages;

/// <summary>Block Kit elements, each kept within Slack's limits (section 3,000, header 150, button 75, context 10).</summary>
public static class Blocks
{
    public const int SectionMax = 3000;
    public const int HeaderMax = 150;
    public const int ButtonTextMax = 75;
    public const int MessageBlockMax = 50;
    public const int ModalBlockMax = 100;

    public static JsonObject Header(string text) => new()
    {
        ["type"] = "header",
        ["text"] = PlainText(SlackText.Truncate(text, HeaderMax)),
    };

    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn(SlackText.Truncate(mrkdwn, SectionMax)),
    };

    public static JsonObject Fields(params string[] fields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray(fields.Take(10).Select(f => (JsonNode)Mrkdwn(SlackText.Truncate(f, 2000))).ToArray()),
    };

    public static JsonObject Context(params string[] elements) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(elements.Take(10).Select(e => (JsonNode)Mrkdwn(SlackText.Truncate(e, 2000))).ToArray()),
    };

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Actions(string blockId, params JsonObject[] buttons) => new()
    {
        ["type"] = "actions",
        ["block_id"] = blockId,
        ["elements"] = new JsonArray(buttons.Take(25).Select(b => (JsonNode)b).ToArray()),
    };

    public static JsonObject Button(string actionId, string text, string value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = PlainText(SlackText.Truncate(text, ButtonTextMax)),
            ["value"] = value,
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    public static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };

    public static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    public static JsonArray Array(IEnumerable<JsonObject> blocks) => new(blocks.Select(b => (JsonNode)b).ToArray());
}
