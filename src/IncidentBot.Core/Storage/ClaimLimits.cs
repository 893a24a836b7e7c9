namespace IncidentBot.Core.Storage;

/// <summary>
/// How much due work one claim takes: up to <paramref name="Max"/> items, work of kind <paramref name="First"/> (if
/// named) before any other, and at most <paramref name="Others"/> items of other kinds.
/// </summary>
public sealed record ClaimLimits(int Max, int Others, string? First);
