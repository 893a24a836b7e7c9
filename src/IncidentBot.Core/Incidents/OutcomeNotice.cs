using System.Text.Json;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Which closing message to post: the incident's outcome at <see cref="ClosedAtMs"/> (a reopening since makes it moot), who
/// closed it, and, for a merge, whether the surviving incident's title and channel may be shown where this one is read.
/// </summary>
public sealed record OutcomeNotice(IncidentOutcome Outcome, long ClosedAtMs, string By, bool ShowsTarget)
{
    public string DedupeKey(long incidentId) => $"outcome-message:{incidentId}:{Outcome}:{ClosedAtMs}";

    public string Serialize() => JsonSerializer.Serialize(this);

    public static OutcomeNotice Parse(string json) =>
        JsonSerializer.Deserialize<OutcomeNotice>(json) ?? throw new JsonException("empty outcome_message payload");
}
