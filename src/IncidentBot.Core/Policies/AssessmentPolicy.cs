using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// The initial assessment the ladder's two worst rungs ask for: outstanding while the incident is open at such a rung and
/// no update has been posted as the assessment (a quick one-line update does not count); due
/// <see cref="Severity.InitialAssessmentWithin"/> after declaring, when the channel is reminded of it once.
/// </summary>
public static class AssessmentPolicy
{
    public static bool IsOutstanding(Incident incident, Severity severity, CadenceState state) =>
        incident.IsOpen && severity.AsksInitialAssessment && state.AssessedAt is null;

    /// <summary>When the assessment is wanted: a fixed time after declaring.</summary>
    public static DateTimeOffset Due(Incident incident, Severity severity) => incident.DeclaredAt + severity.InitialAssessmentWithin;

    /// <summary>When to remind the channel of it: its due time while it is outstanding and not yet reminded; else null.</summary>
    public static DateTimeOffset? ReminderDue(Incident incident, Severity severity, CadenceState state) =>
        IsOutstanding(incident, severity, state) && state.AssessmentRemindedAt is null ? Due(incident, severity) : null;
}
