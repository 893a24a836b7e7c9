namespace IncidentBot.Core.Incidents;

/// <summary>Where the response stands (DESIGN §2).</summary>
public enum IncidentStatus
{
    Investigating,
    Identified,
    Mitigating,
    Monitoring,
    Resolved,
}
