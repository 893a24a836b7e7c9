namespace IncidentBot.Core.Oncall;

/// <summary>
/// One person paged into an incident: step <see cref="Step"/> of the chain <see cref="Chain"/>, who comes after them
/// (<see cref="Next"/>), and what became of it. Open until acknowledged, declined or stood down.
/// </summary>
public sealed record Page(
    long Id,
    long IncidentId,
    string Chain,
    int Step,
    string UserId,
    string? Rotation,
    PagePosition Position,
    IReadOnlyList<PageCandidate> Next,
    string? Message,
    string? PagedBy,
    DateTimeOffset PagedAt,
    DateTimeOffset DueAt)
{
    public DateTimeOffset? AckedAt { get; init; }

    public DateTimeOffset? DeclinedAt { get; init; }

    /// <summary>When the ack window passed with no answer (a late acknowledgement still counts as unacknowledged in time).</summary>
    public DateTimeOffset? ExpiredAt { get; init; }

    public DateTimeOffset? StoodDownAt { get; init; }

    public bool IsOpen => AckedAt is null && DeclinedAt is null && StoodDownAt is null;

    /// <summary>The ack window's length.</summary>
    public TimeSpan Window => DueAt - PagedAt;
}
