namespace IncidentBot.Core.Metrics;

/// <summary>Incidents declared in the week (or month) starting on <see cref="Start"/>, UTC.</summary>
public sealed record PeriodCount(DateOnly Start, int Count);
