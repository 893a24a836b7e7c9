namespace IncidentBot.Core.Metrics;

/// <summary>
/// Incident <see cref="Number"/> came back within <see cref="InsightsBuilder.RecurrenceWindow"/> of incident
/// <see cref="Earlier"/>: the same service and the same root-cause tag.
/// </summary>
public sealed record Recurrence(int Number, int Earlier, string Service, string Tag);
