using System.Text.Json.Nodes;
using IncidentBot.FakeSlack;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Reading a posted checklist message and ticking it as Slack would, for the war-room and type tests.</summary>
internal static class ChecklistSteps
{
    /// <summary>Each checkbox group of the message by its block id.</summary>
    public static Dictionary<string, JsonObject> Checkboxes(SlackMessage message) =>
        JsonNode.Parse(message.BlocksJson!)!.AsArray().OfType<JsonObject>()
            .Where(b => b["type"]!.GetValue<string>() == "actions")
            .ToDictionary(b => b["block_id"]!.GetValue<string>(), b => b["elements"]![0]!.AsObject());

    public static List<string> Values(JsonNode? options) =>
        (options as JsonArray ?? []).Select(o => o!["value"]!.GetValue<string>()).ToList();

    /// <summary>A checkbox change as Slack sends it: the group's whole selection, with the message as the clicker saw it.</summary>
    public static JsonObject Tick(SlackMessage message, string user, string blockId, params string[] selected) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["team_id"] = "T0001" },
        ["api_app_id"] = "A0001",
        ["trigger_id"] = "1111.2222.tick",
        ["container"] = new JsonObject { ["type"] = "message", ["channel_id"] = message.Channel, ["message_ts"] = message.Ts },
        ["channel"] = new JsonObject { ["id"] = message.Channel },
        ["message"] = new JsonObject { ["ts"] = message.Ts, ["blocks"] = JsonNode.Parse(message.BlocksJson!) },
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "checkboxes", ["action_id"] = "checklist_tick", ["block_id"] = blockId, ["action_ts"] = "1700000000.000002",
            ["selected_options"] = new JsonArray(selected.Select(v => (JsonNode)new JsonObject
            {
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = v }, ["value"] = v,
            }).ToArray()),
        }),
    };
}
