using System.Text.Json.Nodes;
using IncidentBot.Core.StatusPage;

namespace IncidentBot.Integrations;

/// <summary>
/// The body of a Statuspage incident create or update (<c>{"incident": {…}}</c>): the page's neutral name for it (never
/// our internal title), the status its public stage gives, the latest public message as the update's text, and the
/// mapped components' states. Components sent before and no longer affected, and all of them once resolved, go back to
/// operational. Components without a mapping are not sent.
/// </summary>
public static class StatuspageIncidentBody
{
    public static JsonObject Build(
        string name, PublicStage stage, string message, IReadOnlyDictionary<string, ComponentState> affected,
        IReadOnlyDictionary<string, string> componentMap, IEnumerable<string> sentBefore)
    {
        ArgumentNullException.ThrowIfNull(affected);
        ArgumentNullException.ThrowIfNull(componentMap);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in sentBefore)
        {
            states[id] = "operational";
        }

        foreach (var (component, state) in affected)
        {
            if (componentMap.TryGetValue(component, out var id) && !string.IsNullOrWhiteSpace(id))
            {
                states[id.Trim()] = stage == PublicStage.Resolved ? "operational" : Status(state);
            }
        }

        var components = new JsonObject();
        foreach (var (id, status) in states.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            components[id] = status;
        }

        return new JsonObject
        {
            ["incident"] = new JsonObject
            {
                ["name"] = name,
                ["status"] = Status(stage),
                ["body"] = message,
                ["deliver_notifications"] = true,
                ["component_ids"] = new JsonArray(states.Keys.Order(StringComparer.Ordinal).Select(k => (JsonNode?)JsonValue.Create(k)).ToArray()),
                ["components"] = components,
            },
        };
    }

    /// <summary>Statuspage's incident status for a public stage.</summary>
    public static string Status(PublicStage stage) => stage switch
    {
        PublicStage.Identified => "identified",
        PublicStage.Monitoring => "monitoring",
        PublicStage.Resolved => "resolved",
        _ => "investigating",
    };

    /// <summary>Statuspage's component status for a component state.</summary>
    public static string Status(ComponentState state) => state switch
    {
        ComponentState.Degraded => "degraded_performance",
        ComponentState.PartialOutage => "partial_outage",
        ComponentState.MajorOutage => "major_outage",
        _ => "operational",
    };

    /// <summary>The Statuspage component ids of <paramref name="body"/>.</summary>
    public static IEnumerable<string> ComponentIds(JsonObject body) =>
        body["incident"]?["components"] is JsonObject components ? components.Select(c => c.Key) : [];
}
