namespace IncidentBot.Core.Alerts;

/// <summary>What came of tying a triaged alert to an incident.</summary>
public enum LinkOutcome
{
    Done,
    UnknownAlert,
    AlreadyDecided,
    UnknownIncident,
    IncidentClosed,
}
