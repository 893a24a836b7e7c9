using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// Required roles still empty after the configured delay get a reminder, repeated on the severity's cadence, at most
/// <see cref="MaxReminders"/> times.
/// </summary>
public static class RoleReminderPolicy
{
    public const int MaxReminders = 3;

    /// <summary>The severity's required roles that nobody holds, in the severity's order.</summary>
    public static IReadOnlyList<string> MissingRoles(Incident incident, Severity severity) =>
        severity.RequiredRoles.Where(r => incident.RoleHolder(r) is null).Distinct(StringComparer.Ordinal).ToList();

    public static DateTimeOffset? NextDue(Incident incident, Severity severity, CadenceState state, TimeSpan delay)
    {
        if (!incident.IsOpen || state.RoleReminders >= MaxReminders || MissingRoles(incident, severity).Count == 0)
        {
            return null;
        }

        if (state.RoleReminders == 0 || state.LastRoleReminderAt is not { } last)
        {
            return incident.DeclaredAt + delay;
        }

        return severity.UpdateCadence is { } cadence ? last + cadence : null;
    }
}
