using System.Text.Json;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// An archive timer that fired: the archive time it was set for (Unix ms). The incident's plan may have changed since
/// (kept, reopened, closed again); work for a time the plan no longer has is moot.
/// </summary>
public sealed record ArchiveDue(long ArchiveAtMs)
{
    public string DedupeKey(string kind, long incidentId) => $"{kind}:{incidentId}:{ArchiveAtMs}";

    public string Serialize() => JsonSerializer.Serialize(this);

    public static ArchiveDue Parse(string json) =>
        JsonSerializer.Deserialize<ArchiveDue>(json) ?? throw new JsonException("empty archive payload");
}
