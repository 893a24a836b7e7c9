namespace IncidentBot.Core.Breaches;

/// <summary>
/// Where an incident's breach clock stands: how many reminder marks were handled, whether the deadline's passing was
/// announced, and the latest decision recorded, by whom, when and with what details or reason.
/// </summary>
public sealed record BreachState
{
    public required long IncidentId { get; init; }

    public int RemindersSent { get; init; }

    public DateTimeOffset? DeadlineAnnouncedAt { get; init; }

    public BreachDecision? Decision { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? Details { get; init; }

    /// <summary>The clock has nothing more to say: a decision was recorded, or the deadline's passing was announced.</summary>
    public bool IsStopped => Decision is not null || DeadlineAnnouncedAt is not null;
}
