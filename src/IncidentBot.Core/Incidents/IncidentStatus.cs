namespace IncidentBot.Core.Incidents;

/// <summary>Where the response stands, from investigating to resolved.</summary>
public enum IncidentStatus
{
    Investigating,
    Identified,
    Mitigating,
    Monitoring,
    Resolved,
}
