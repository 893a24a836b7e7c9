using System.Text.Json;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// A post-mortem due reminder whose timer fired: the resolution it belongs to (Unix ms; a later one makes it moot) and
/// which of the configured reminders it is.
/// </summary>
public sealed record PostmortemDue(long ResolvedAtMs, int Step)
{
    public string DedupeKey(long incidentId) => $"postmortem-due:{incidentId}:{Step}:{ResolvedAtMs}";

    public string Serialize() => JsonSerializer.Serialize(this);

    public static PostmortemDue Parse(string json) =>
        JsonSerializer.Deserialize<PostmortemDue>(json) ?? throw new JsonException("empty postmortem_due payload");
}
