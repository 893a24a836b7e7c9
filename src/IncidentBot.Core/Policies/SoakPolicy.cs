using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// An incident that stays in monitoring for its severity's soak period gets one "stable — resolve?" prompt per
/// stretch in monitoring.
/// </summary>
public static class SoakPolicy
{
    public static DateTimeOffset? Due(Incident incident, Severity severity, CadenceState state) =>
        incident.Status == IncidentStatus.Monitoring
        && severity.SoakPeriod is { } soak
        && state.MonitoringSince is { } since
        && state.SoakAnnouncedFor != since
            ? since + soak
            : null;
}
