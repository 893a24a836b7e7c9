namespace IncidentBot.Core.Metrics;

/// <summary>What <c>/incident stats</c> reports over a window: per severity, overall, and the three completion rates.</summary>
public sealed record StatsReport(
    int Days,
    IReadOnlyList<SeverityStats> PerSeverity,
    SeverityStats Overall,
    Ratio UpdatesOnTime,
    Ratio PostmortemsCompleted,
    Ratio ActionsCompleted);
