using IncidentBot.Core.Incidents;

namespace IncidentBot.Web;

/// <summary>What one incident's page shows: the incident, its timeline and action items, people's names and the reader's zone.</summary>
public sealed record IncidentView(
    Incident Incident, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<ActionItem> ActionItems, IReadOnlyDictionary<string, string> Names, TimeZoneInfo Zone)
{
    public string Name(string? userId) => userId is null ? "—" : Names.GetValueOrDefault(userId, userId);
}
