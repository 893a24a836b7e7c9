using IncidentBot.Core.Policies;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// The incident after a severity change, the outcome, (when refused) who may make the change, and the severity asked for.
/// </summary>
public sealed record SeverityChangeResult(Incident Incident, SeverityChangeOutcome Outcome, PermissionDecision Permission, Severity? Requested = null);
