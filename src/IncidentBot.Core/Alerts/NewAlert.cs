namespace IncidentBot.Core.Alerts;

/// <summary>A firing alert to record, or to count again when its fingerprint is open already.</summary>
public sealed record NewAlert(string Source, string Fingerprint, string Title, string SeverityKey, string? Description, string? Url,
    DateTimeOffset FiredAt, bool AutoDeclare, IReadOnlyList<AlertLink>? Links = null, string? Service = null)
{
    /// <summary>The key that is unique while the alert's item or incident is open.</summary>
    public string OpenKey => AlertKeys.Open(Source, Fingerprint);
}
