using IncidentBot.Core.Policies;

namespace IncidentBot.Core.Incidents;

/// <summary>The incident and what the snooze policy decided (the reminder's new due time, or why not).</summary>
public sealed record SnoozeResult(Incident Incident, Severity Severity, SnoozeDecision Decision);
