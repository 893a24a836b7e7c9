using System.Text.Json.Nodes;
using IncidentBot.Core.StatusPage;

namespace IncidentBot.StatusPage;

/// <summary>
/// <c>/status.json</c>: what the page shows, for scripts and monitors, in the shape docs/status.schema.json documents.
/// Stages and states are stable keys (<c>investigating</c>, <c>partial_outage</c>); times are UTC ISO 8601.
/// </summary>
public static class StatusPageJson
{
    public static JsonObject Build(StatusPageLook look, StatusBoard board)
    {
        ArgumentNullException.ThrowIfNull(look);
        ArgumentNullException.ThrowIfNull(board);
        var overall = ComponentStates.Key(board.Overall);
        return new JsonObject
        {
            ["page"] = new JsonObject { ["title"] = look.Title, ["time_zone"] = look.ZoneId, ["generated_at"] = Time(board.GeneratedAt) },
            ["status"] = new JsonObject { ["indicator"] = overall, ["description"] = look.Words[$"statuspage.banner.{overall}"] },
            ["components"] = new JsonArray(board.Components.Select(c => (JsonNode)Component(c)).ToArray()),
            ["incidents"] = new JsonArray(board.Live.Concat(board.Resolved).Select(i => (JsonNode)Incident(i)).ToArray()),
        };
    }

    private static JsonObject Incident(BoardIncident incident) => new()
    {
        ["id"] = incident.Reference,
        ["stage"] = Stage(incident.Stage),
        ["live"] = incident.IsLive,
        ["impact"] = ComponentStates.Key(incident.Impact),
        ["started_at"] = Time(incident.DeclaredAt),
        ["resolved_at"] = incident.ResolvedAt is { } resolved ? Time(resolved) : null,
        ["updated_at"] = Time(incident.UpdatedAt),
        ["components"] = new JsonArray(incident.Affected.Select(c => (JsonNode)Component(c)).ToArray()),
        ["messages"] = new JsonArray(incident.Messages.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.Id, ["stage"] = Stage(m.Stage), ["body"] = m.Text, ["posted_at"] = Time(m.PostedAt),
        }).ToArray()),
    };

    private static JsonObject Component(BoardComponent component) =>
        new() { ["key"] = component.Key, ["name"] = component.Name, ["state"] = ComponentStates.Key(component.State) };

    private static string Stage(PublicStage stage) => stage.ToString().ToLowerInvariant();

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
}
