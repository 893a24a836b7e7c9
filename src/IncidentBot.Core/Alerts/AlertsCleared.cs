using System.Text.Json;

namespace IncidentBot.Core.Alerts;

/// <summary>The moment every alert linked to an incident had resolved: one prompt per such moment.</summary>
public sealed record AlertsCleared(long ClearedAtMs)
{
    public string DedupeKey(long incidentId) => $"alerts-cleared:{incidentId}:{ClearedAtMs}";

    public string Serialize() => JsonSerializer.Serialize(this);

    public static AlertsCleared Parse(string json) =>
        JsonSerializer.Deserialize<AlertsCleared>(json) ?? throw new JsonException("empty alerts_cleared payload");
}
