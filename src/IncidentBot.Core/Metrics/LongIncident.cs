namespace IncidentBot.Core.Metrics;

/// <summary>One of the period's longest incidents, declared to resolved.</summary>
public sealed record LongIncident(int Number, string Title, string SeverityKey, TimeSpan Duration);
