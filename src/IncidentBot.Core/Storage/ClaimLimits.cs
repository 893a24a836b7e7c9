namespace IncidentBot.Core.Storage;

/// <summary>
/// How much due work one claim takes: up to <paramref name="Max"/> items, the set-up of declared incidents before any
/// other work when <paramref name="SetUpFirst"/>, and at most <paramref name="Others"/> items of other work. Work taken
/// over from a holder whose lease ran out (looked for once per quarter lease) counts against <paramref name="Max"/> only.
/// </summary>
public sealed record ClaimLimits(int Max, int Others, bool SetUpFirst);
