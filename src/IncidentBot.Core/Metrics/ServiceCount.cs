namespace IncidentBot.Core.Metrics;

/// <summary>A service and the number of the period's incidents that affected it.</summary>
public sealed record ServiceCount(string Service, int Count);
