using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>When the incident first had a commander: the earliest IC assignment or handover on record.</summary>
public static class CommanderTiming
{
    /// <summary>
    /// The earlier of <paramref name="roleAssignedAt"/> and the first role entry naming the commander by any of
    /// <paramref name="commanderNames"/>: entries are written in the workspace's language at the time, so the role's
    /// name as configured and as that language says it both count.
    /// </summary>
    public static DateTimeOffset? FirstAssigned(DateTimeOffset? roleAssignedAt, IEnumerable<TimelineEntry> timeline, IReadOnlyCollection<string> commanderNames)
    {
        var fromTimeline = timeline
            .Where(e => e.Kind is TimelineKind.RoleAssigned or TimelineKind.RoleHandedOver)
            .Where(e => commanderNames.Any(name => e.Text.Contains(name, StringComparison.OrdinalIgnoreCase)))
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
