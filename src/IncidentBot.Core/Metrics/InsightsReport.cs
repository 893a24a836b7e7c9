namespace IncidentBot.Core.Metrics;

/// <summary>
/// The figures over a period [<see cref="From"/>, <see cref="To"/>): <see cref="Stats"/> is exactly what
/// <c>/incident stats</c> computes over it; the rest breaks the same incidents down by week and month and looks for
/// recurrences, busy services and the longest incidents. Cancelled and merged incidents are left out of all but the
/// counts apart in <see cref="Stats"/>, as there.
/// </summary>
public sealed record InsightsReport(
    DateTimeOffset From,
    DateTimeOffset To,
    StatsReport Stats,
    IReadOnlyList<PeriodCount> Weeks,
    IReadOnlyList<MonthTimes> Months,
    IReadOnlyList<ServiceCount> TopServices,
    IReadOnlyList<Recurrence> Recurrences,
    Ratio RecurrenceRate,
    IReadOnlyList<LongIncident> Longest,
    TargetCheck Targets)
{
    /// <summary>
    /// <see cref="Weeks"/> split by severity, worst first, one entry for every severity in the ladder even when it had no
    /// incident, so a chart's colours stay the same from one report to the next.
    /// </summary>
    public IReadOnlyList<SeverityWeeks> WeeksBySeverity { get; init; } = [];
}
