using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// An interaction payload (block actions, view submission) with typed access to the parts the bot reads. A part that is
/// missing or of the wrong JSON type reads as absent (null), never as an exception: the payload comes from outside.
/// </summary>
public sealed record InteractionPayload(JsonObject Json)
{
    public string Type => Str(Json["type"]) ?? "";

    public string? UserId => Str(At(Json["user"], "id"));

    public string? TriggerId => Str(Json["trigger_id"]);

    public string? ChannelId => Str(At(Json["channel"], "id")) ?? Str(At(Json["container"], "channel_id"));

    public string? ResponseUrl => Str(Json["response_url"]);

    public JsonObject? View => Json["view"] as JsonObject;

    public string? ViewId => Str(At(View, "id"));

    public string? CallbackId => Str(At(View, "callback_id"));

    public string? PrivateMetadata => Str(At(View, "private_metadata"));

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
    public string? TextValue(string blockId, string actionId = "value") => Str(At(Input(blockId, actionId), "value"));

    public string? SelectedValue(string blockId, string actionId = "value") =>
        Str(At(At(Input(blockId, actionId), "selected_option"), "value")) ?? Str(At(Input(blockId, actionId), "selected_user"));

    public IReadOnlyList<string> SelectedValues(string blockId, string actionId = "value") =>
        (At(Input(blockId, actionId), "selected_options") as JsonArray ?? [])
            .Select(o => Str(At(o, "value"))).OfType<string>().ToList();

    /// <summary>A string field of an action (<c>action_id</c>, <c>value</c>), or null when it is missing or not a string.</summary>
    public static string? ActionString(JsonObject action, string key) => Str(At(action, key));

    private JsonNode? Input(string blockId, string actionId) => At(At(At(At(View, "state"), "values"), blockId), actionId);

    private static JsonNode? At(JsonNode? node, string key) => node is JsonObject o ? o[key] : null;

    private static string? Str(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
