namespace IncidentBot.Core.Storage;

/// <summary>
/// How much due work one claim takes: up to <paramref name="Max"/> items, the set-up of declared incidents before any
/// other work when <paramref name="SetUpFirst"/>, and at most <paramref name="Others"/> items of other work.
/// </summary>
public sealed record ClaimLimits(int Max, int Others, bool SetUpFirst);
