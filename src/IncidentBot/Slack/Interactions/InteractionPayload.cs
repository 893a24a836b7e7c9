using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Interactions;

/// <summary>An interaction payload (block actions, view submission) with typed access to the parts the bot reads.</summary>
public sealed record InteractionPayload(JsonObject Json)
{
    public string Type => Str(Json["type"]) ?? "";

    public string? UserId => Str(Json["user"]?["id"]);

    public string? TriggerId => Str(Json["trigger_id"]);

    public string? ChannelId => Str(Json["channel"]?["id"]) ?? Str(Json["container"]?["channel_id"]);

    public string? ResponseUrl => Str(Json["response_url"]);

    public JsonObject? View => Json["view"] as JsonObject;

    public string? ViewId => Str(View?["id"]);

    public string? CallbackId => Str(View?["callback_id"]);

    public string? PrivateMetadata => Str(View?["private_metadata"]);

    public IEnumerable<JsonObject> Actions => (Json["actions"] as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>Parses the JSON of the <c>payload</c> field; null when it is not a JSON object with a type.</summary>
    public static InteractionPayload? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json) is JsonObject o && Str(o["type"]) is { Length: > 0 } ? new InteractionPayload(o) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The submitted value of an input: text, a selected option's value, or the values of checked boxes.</summary>
    public string? TextValue(string blockId, string actionId = "value") => Str(Input(blockId, actionId)?["value"]);

    public string? SelectedValue(string blockId, string actionId = "value") =>
        Str(Input(blockId, actionId)?["selected_option"]?["value"]) ?? Str(Input(blockId, actionId)?["selected_user"]);

    public IReadOnlyList<string> SelectedValues(string blockId, string actionId = "value") =>
        (Input(blockId, actionId)?["selected_options"] as JsonArray ?? [])
            .Select(o => Str(o?["value"])).OfType<string>().ToList();

    private JsonNode? Input(string blockId, string actionId) => View?["state"]?["values"]?[blockId]?[actionId];

    private static string? Str(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
