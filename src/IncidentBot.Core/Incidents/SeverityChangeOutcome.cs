namespace IncidentBot.Core.Incidents;

/// <summary>What became of a severity change.</summary>
public enum SeverityChangeOutcome
{
    Changed,
    AlreadyThatSeverity,
    NotPermitted,
    Resolved,

    /// <summary>
    /// The severity is private by default and the incident is public: its channel and feed headline are public already,
    /// and Slack offers bots no way to make a channel private, so the change is refused.
    /// </summary>
    PrivateSeverityOnPublicIncident,
}
