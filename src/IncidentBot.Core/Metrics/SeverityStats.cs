namespace IncidentBot.Core.Metrics;

/// <summary>Counts and mean times for one severity (or all): MTTA to IC assigned, MTTM to mitigated, MTTR to resolved.</summary>
public sealed record SeverityStats(
    string SeverityKey,
    int Count,
    int Private,
    int Open,
    TimeSpan? Mtta,
    TimeSpan? Mttm,
    TimeSpan? Mttr);
