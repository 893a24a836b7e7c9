namespace IncidentBot.Core.Metrics;

/// <summary>
/// Counts and mean times for one severity (or all): MTTA to IC assigned, MTTM to mitigated, MTTR to resolved; and MTTD,
/// first alert fired to declared, over the <see cref="FromAlerts"/> incidents an alert fired for first.
/// </summary>
public sealed record SeverityStats(
    string SeverityKey,
    int Count,
    int Private,
    int Open,
    TimeSpan? Mtta,
    TimeSpan? Mttm,
    TimeSpan? Mttr,
    TimeSpan? Mttd = null,
    int FromAlerts = 0);
