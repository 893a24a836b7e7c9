namespace IncidentBot.Core.Incidents;

/// <summary>
/// A member reached their allowance of <paramref name="Count"/> per <paramref name="Window"/>; one frees up at
/// <paramref name="RetryAt"/>, <paramref name="RetryIn"/> from the refusal.
/// </summary>
public sealed record PaceRefusal(PacedAction Action, int Count, TimeSpan Window, DateTimeOffset RetryAt, TimeSpan RetryIn);
