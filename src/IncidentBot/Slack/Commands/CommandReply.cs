using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Commands;

/// <summary>The immediate answer to a slash command: ephemeral by default; <see cref="None"/> answers with an empty body.</summary>
public sealed record CommandReply(string? Text, JsonArray? Blocks = null, bool InChannel = false)
{
    public static CommandReply None { get; } = new((string?)null);

    public static CommandReply Ephemeral(string text, JsonArray? blocks = null) => new(text, blocks);

    public JsonObject? ToJson()
    {
        if (Text is null)
        {
            return null;
        }

        var json = new JsonObject { ["response_type"] = InChannel ? "in_channel" : "ephemeral", ["text"] = Text };
        if (Blocks is not null)
        {
            json["blocks"] = Blocks.DeepClone();
        }

        return json;
    }
}
