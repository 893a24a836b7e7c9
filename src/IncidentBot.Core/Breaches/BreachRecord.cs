namespace IncidentBot.Core.Breaches;

/// <summary>An incident's breach clock (null when its type has none) and what happened on it, for the post-mortem.</summary>
public sealed record BreachRecord(BreachClock? Clock, BreachState State)
{
    /// <summary>Worth a section: the type has a clock, or someone recorded a decision anyway.</summary>
    public bool HasFacts => Clock is not null || State.Decision is not null;
}
