using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Stakeholders;

/// <summary>
/// What stakeholders are told, as recorded when it was sent: the incident (reference, title, severity, channel unless
/// private, declared), where it stands (status, impact, ETA, when they hear next) from the latest update rather than
/// the raw update stream, support's talking points and whether the incident is mitigated, and for a resolution how
/// long it lasted, its summary and root cause.
/// </summary>
public sealed record ExecutiveSummary
{
    public required StakeholderMessageKind Kind { get; init; }
    public required int Number { get; init; }
    public required string Reference { get; init; }
    public required string Title { get; init; }
    public required string SeverityKey { get; init; }
    public required IncidentStatus Status { get; init; }
    public string? ChannelId { get; init; }
    public required DateTimeOffset DeclaredAt { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? Impact { get; init; }
    public string? Eta { get; init; }
    public DateTimeOffset? NextUpdateAt { get; init; }
    public string? TalkingPoints { get; init; }
    public bool Mitigated { get; init; }
    public string? ResolutionSummary { get; init; }
    public string? RootCause { get; init; }

    /// <summary>How it was closed when that was not a resolution; with why it was cancelled or what it was merged into.</summary>
    public IncidentOutcome? Outcome { get; init; }
    public string? OutcomeReason { get; init; }
    public int? MergedInto { get; init; }

    /// <summary>
    /// The summary of <paramref name="incident"/> at <paramref name="at"/> from its latest update (none yet: what was
    /// declared), with the resolution when there is one. The talking points are what customers were last told on the
    /// status page (<paramref name="publicMessage"/>), else the latest update's summary.
    /// </summary>
    public static ExecutiveSummary Of(StakeholderMessageKind kind, int number, Incident incident, StatusUpdate? latest,
        Resolution? resolution, DateTimeOffset at, DateTimeOffset? nextUpdateAt, string? publicMessage = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new ExecutiveSummary
        {
            Kind = kind, Number = number, Reference = incident.Reference, Title = incident.Title, SeverityKey = incident.SeverityKey,
            Status = incident.Status, ChannelId = incident.IsPrivate ? null : incident.ChannelId, DeclaredAt = incident.DeclaredAt,
            At = at, Impact = latest?.Impact ?? latest?.Details.Customers ?? incident.Impact, Eta = incident.IsOpen ? latest?.Eta : null,
            NextUpdateAt = incident.IsOpen ? nextUpdateAt : null, TalkingPoints = publicMessage ?? latest?.Summary ?? incident.Summary,
            Mitigated = incident.MitigatedAt is not null || !incident.IsOpen,
            ResolutionSummary = resolution?.Summary, RootCause = resolution?.RootCause,
            Outcome = incident.Outcome, OutcomeReason = incident.OutcomeReason, MergedInto = incident.MergedInto,
        };
    }
}
