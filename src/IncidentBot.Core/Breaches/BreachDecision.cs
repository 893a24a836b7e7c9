namespace IncidentBot.Core.Breaches;

/// <summary>What was decided about telling the authorities of a breach; either one stops the clock.</summary>
public enum BreachDecision
{
    /// <summary>The authorities were notified (the details say whom, when, the reference).</summary>
    Notified,

    /// <summary>No notification is required (the reason says why).</summary>
    NotRequired,
}
