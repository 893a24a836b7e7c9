namespace IncidentBot.Core.StatusPage;

/// <summary>How a component is doing, from best to worst: the worst one of the live incidents gives the page's banner.</summary>
public enum ComponentState
{
    Operational,
    Degraded,
    PartialOutage,
    MajorOutage,
}
