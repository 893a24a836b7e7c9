namespace IncidentBot.Core.Incidents;

/// <summary>
/// How far the root cause is understood, as the update template asks: known (the hypothesis is confirmed), suspected (a
/// hypothesis not yet confirmed) or still under investigation.
/// </summary>
public enum RootCauseState
{
    UnderInvestigation,
    Suspected,
    Known,
}
