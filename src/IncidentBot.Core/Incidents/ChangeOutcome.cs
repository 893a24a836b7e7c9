namespace IncidentBot.Core.Incidents;

/// <summary>How a requested change to an incident went.</summary>
public enum ChangeOutcome
{
    /// <summary>The change was made now.</summary>
    Done,

    /// <summary>The incident is already in the requested state (or this very request was handled before).</summary>
    Unchanged,

    /// <summary>The incident is not in a state where the change applies (reopening an open incident, say).</summary>
    NotApplicable,

    /// <summary>The permission policy refused the caller.</summary>
    Refused,

    /// <summary>No such incident (or, for a link, no such related incident).</summary>
    NotFound,
}
