namespace IncidentBot.Core.Metrics;

/// <summary>One severity's incidents per week (Monday, UTC), every week of the period listed, quiet ones as zero.</summary>
public sealed record SeverityWeeks(string SeverityKey, IReadOnlyList<PeriodCount> Weeks);
