using IncidentBot.Core.Policies;

namespace IncidentBot.Core.Incidents;

/// <summary>The outcome of a change, the incident as it stands afterwards, and who may do it when refused.</summary>
public sealed record ChangeResult(ChangeOutcome Outcome, Incident? Incident, PermissionDecision? Refusal = null)
{
    public bool Changed => Outcome == ChangeOutcome.Done;
}
