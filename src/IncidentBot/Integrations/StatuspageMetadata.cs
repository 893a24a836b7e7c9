using System.Globalization;
using System.Text.Json.Nodes;

namespace IncidentBot.Integrations;

/// <summary>
/// The metadata the bot attaches to the Statuspage incidents it creates, <c>{"incidentbot": {"incident": "42"}}</c>
/// (Statuspage wants every top-level value to be an object), so that an incident created by a call whose answer never
/// arrived can be recognised on the page afterwards.
/// </summary>
public static class StatuspageMetadata
{
    public const string Key = "incidentbot";

    /// <summary>The metadata naming <paramref name="incidentId"/>.</summary>
    public static JsonObject For(long incidentId) =>
        new() { [Key] = new JsonObject { ["incident"] = incidentId.ToString(CultureInfo.InvariantCulture) } };

    /// <summary>Whether the Statuspage incident <paramref name="statuspageIncident"/> carries the metadata naming <paramref name="incidentId"/>.</summary>
    public static bool Names(JsonNode? statuspageIncident, long incidentId) =>
        statuspageIncident is JsonObject incident && incident["metadata"] is JsonObject metadata && metadata[Key] is JsonObject ours
        && ours["incident"] is JsonValue value && value.TryGetValue<string>(out var named)
        && named == incidentId.ToString(CultureInfo.InvariantCulture);
}
