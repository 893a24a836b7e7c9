using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Commands;

/// <summary>The immediate answer to a slash command: ephemeral by default; <see cref="None"/> answers with an empty body.</summary>
public sealed record CommandReply(string? Text, JsonArray? Blocks = null, bool InChannel = false)
{
    private const string ResponseType = "response_type";
    private const string TextField = "text";
    private const string BlocksField = "blocks";

    public static CommandReply None { get; } = new((string?)null);

    private string ResponseTypeValue => InChannel ? "in_channel" : "ephemeral";

    public static CommandReply Ephemeral(string text, JsonArray? blocks = null) => new(text, blocks);

    /// <summary>
    /// Writes the answer's JSON (<see cref="ToJson"/>) without copying its blocks: the HTTP answer is written straight
    /// from the reply.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString(ResponseType, ResponseTypeValue);
        writer.WriteString(TextField, Text);
        if (Blocks is not null)
        {
            writer.WritePropertyName(BlocksField);
            Blocks.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>The answer as a JSON object (a Socket Mode acknowledgement's payload); null for <see cref="None"/>.</summary>
    public JsonObject? ToJson()
    {
        if (Text is null)
        {
            return null;
        }

        var json = new JsonObject { [ResponseType] = ResponseTypeValue, [TextField] = Text };
        if (Blocks is not null)
        {
            json[BlocksField] = Blocks.DeepClone();
        }

        return json;
    }
}
