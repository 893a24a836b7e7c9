using System.Text.Json.Nodes;
using IncidentBot.FakeSlack;

namespace IncidentBot.Tests.Support;

/// <summary>Everything a reader sees in a message: its text and every text inside its blocks, decoded.</summary>
public static class MessageText
{
    public static string Visible(this SlackMessage message) => message.Text + "\n" + Of(message.BlocksJson);

    public static string Of(string? blocksJson) =>
        blocksJson is null ? "" : string.Join("\n", Texts(JsonNode.Parse(blocksJson)));

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => kv.Key == "text" && kv.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : Texts(kv.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
