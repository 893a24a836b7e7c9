namespace IncidentBot.Core.Incidents;

/// <summary>What became of a severity change.</summary>
public enum SeverityChangeOutcome
{
    Changed,
    AlreadyThatSeverity,
    NotPermitted,
    Resolved,
}
