using System.Text.Json.Nodes;
using SlackView = IncidentBot.FakeSlack.SlackView;

namespace IncidentBot.Tests.Support;

/// <summary>Interaction payloads shaped as Slack sends them: view submissions carrying state values, block actions.</summary>
public static class InteractionPayloads
{
    /// <summary>A submission of an opened view, with <paramref name="values"/> as <c>state.values[block][action]</c>.</summary>
    public static JsonObject ViewSubmission(SlackView view, string user, JsonObject values) => new()
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = "T0001", ["domain"] = "acme" },
        ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["team_id"] = "T0001" },
        ["api_app_id"] = "A0001",
        ["trigger_id"] = "1111.2222.submit",
        ["view"] = ViewWithState(view, values),
    };

    /// <summary>The one button in an answer's blocks (the first element of the one block that has elements).</summary>
    public static JsonObject SoleButton(JsonNode? answer) =>
        ((JsonArray)answer!["blocks"]!).Select(b => b!["elements"]?[0]).OfType<JsonObject>().Single();

    public static JsonObject BlockAction(string user, string channel, string actionId, string value, string? triggerId = null,
        string? messageTs = null) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["team_id"] = "T0001" },
        ["api_app_id"] = "A0001",
        ["trigger_id"] = triggerId ?? "1111.2222.action",
        ["container"] = new JsonObject { ["type"] = "message", ["channel_id"] = channel, ["message_ts"] = messageTs ?? "0" },
        ["channel"] = new JsonObject { ["id"] = channel },
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "actions", ["value"] = value,
            ["action_ts"] = "1700000000.000001",
        }),
    };

    public static JsonObject Text(string value) => new() { ["type"] = "plain_text_input", ["value"] = value };

    public static JsonObject Select(string value) =>
        new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };

    public static JsonObject UserSelect(string? user) => new() { ["type"] = "users_select", ["selected_user"] = user };

    public static JsonObject Checks(params string[] values) => new()
    {
        ["type"] = "checkboxes",
        ["selected_options"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject { ["value"] = v }).ToArray()),
    };

    /// <summary><c>{block: {"value": element}}</c> for each pair.</summary>
    public static JsonObject Values(params (string Block, JsonObject Element)[] inputs) =>
        new(inputs.Select(i => KeyValuePair.Create(i.Block, (JsonNode?)new JsonObject { ["value"] = i.Element })));

    private static JsonObject ViewWithState(SlackView view, JsonObject values)
    {
        var json = JsonNode.Parse(view.Json)!.AsObject();
        json["id"] = view.Id;
        json["hash"] = view.Hash;
        json["state"] = new JsonObject { ["values"] = values };
        return json;
    }
}
