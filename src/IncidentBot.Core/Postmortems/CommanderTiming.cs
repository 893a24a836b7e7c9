using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>When the incident first had a commander: the earliest IC assignment or handover on record.</summary>
public static class CommanderTiming
{
    public static DateTimeOffset? FirstAssigned(DateTimeOffset? roleAssignedAt, IEnumerable<TimelineEntry> timeline, string commanderName)
    {
        var fromTimeline = timeline
            .Where(e => e.Kind is TimelineKind.RoleAssigned or TimelineKind.RoleHandedOver)
            .Where(e => e.Text.Contains(commanderName, StringComparison.OrdinalIgnoreCase))
            .Select(e => (DateTimeOffset?)e.OccurredAt)
            .Min();
        return (fromTimeline, roleAssignedAt) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, var b) => b,
        };
    }
}
