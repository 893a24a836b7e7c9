namespace IncidentBot.Core.Breaches;

/// <summary>
/// What a breach clock says when it fires: reminder <see cref="Mark"/> (1-based) of its marks, or that
/// <see cref="Deadline"/> has passed with nothing recorded.
/// </summary>
public sealed record BreachAlarm(bool IsDeadline, int Mark, DateTimeOffset Deadline);
