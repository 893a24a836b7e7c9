namespace IncidentBot.Core.Metrics;

/// <summary>One calendar month (UTC): how many incidents were declared and their mean times, computed as <c>/incident stats</c> does.</summary>
public sealed record MonthTimes(DateOnly Month, int Count, TimeSpan? Mtta, TimeSpan? Mttm, TimeSpan? Mttr);
