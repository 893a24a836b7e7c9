namespace IncidentBot.Core.Incidents;

/// <summary>
/// A follow-up from an incident: what, who, by when, how urgent, whether it is done, and its ticket in the team's tracker
/// when it was filed as one.
/// </summary>
public sealed record ActionItem(
    long Id,
    long IncidentId,
    int Number,
    string Text,
    string? Owner,
    DateOnly? Due,
    string Priority,
    ActionItemState State,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DoneAt = null,
    string? DoneBy = null,
    string? TicketKey = null,
    string? TicketUrl = null)
{
    public const string DefaultPriority = "p2";

    public static IReadOnlyList<string> Priorities { get; } = ["p0", "p1", "p2", "p3"];

    public bool IsOpen => State == ActionItemState.Open;

    /// <summary>Open and past its due date (a due date of today is not overdue yet).</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && Due is { } due && due < today;
}
