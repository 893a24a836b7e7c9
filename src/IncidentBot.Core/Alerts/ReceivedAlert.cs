namespace IncidentBot.Core.Alerts;

/// <summary>
/// One alert as a source delivered it, already checked for shape. <see cref="Title"/> and <see cref="Severity"/> are
/// set only by sources that name them directly (the generic hook); the others are mapped from labels and annotations.
/// <see cref="Links"/> are the payload's own links (the runbook annotation is read when the alert is mapped).
/// </summary>
public sealed record ReceivedAlert(
    string Fingerprint,
    AlertStatus Status,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    DateTimeOffset? StartsAt,
    string? Url,
    string? Title = null,
    string? Severity = null,
    string? Description = null,
    IReadOnlyList<AlertLink>? Links = null);
