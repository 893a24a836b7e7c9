using IncidentBot.Core.Policies;

namespace IncidentBot.Core.Incidents;

/// <summary>The incident after a severity change, the outcome, and (when refused) who may make the change.</summary>
public sealed record SeverityChangeResult(Incident Incident, SeverityChangeOutcome Outcome, PermissionDecision Permission);
