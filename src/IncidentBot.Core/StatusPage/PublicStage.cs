namespace IncidentBot.Core.StatusPage;

/// <summary>The stage customers see, as the practice names them: Investigating → Identified → Monitoring → Resolved.</summary>
public enum PublicStage
{
    Investigating,
    Identified,
    Monitoring,
    Resolved,
}
