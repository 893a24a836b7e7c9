using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Stakeholders;

/// <summary>
/// When stakeholders are owed an update and when comms is reminded of it, as pure functions of the incident, its
/// severity and the stakeholder state: the first within the rung's first-update time of declaring, then one cadence
/// after the last sent; while none comes, a reminder at the due time and one more each cadence after. None for
/// resolved incidents, rungs without a stakeholder cadence, or incidents no audience hears about.
/// </summary>
public static class StakeholderPolicy
{
    /// <summary>When the next stakeholder update is due; null when none is expected.</summary>
    public static DateTimeOffset? Due(Incident incident, Severity severity, StakeholderState state)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(severity);
        ArgumentNullException.ThrowIfNull(state);
        if (!incident.IsOpen || !severity.HasStakeholderCadence)
        {
            return null;
        }

        if (state.LastSentAt is not { } last)
        {
            return incident.DeclaredAt + (severity.StakeholderFirstWithin ?? severity.StakeholderCadence!.Value);
        }

        return severity.StakeholderCadence is { } cadence ? last + cadence : null;
    }

    /// <summary>When comms is next reminded: the due time, then one interval after each reminder; null when nothing is due.</summary>
    public static DateTimeOffset? NextReminder(Incident incident, Severity severity, StakeholderState state, bool heard)
    {
        if (!heard || Due(incident, severity, state) is not { } due)
        {
            return null;
        }

        var interval = severity.StakeholderCadence ?? severity.StakeholderFirstWithin!.Value;
        return state.LastReminderAt is { } reminded && reminded >= due ? reminded + interval : due;
    }
}
