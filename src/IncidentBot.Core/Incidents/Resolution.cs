namespace IncidentBot.Core.Incidents;

/// <summary>What the resolve modal recorded; <see cref="Sequence"/> counts resolutions of the incident (1, 2 after a reopen…).</summary>
public sealed record Resolution(
    long IncidentId,
    int Sequence,
    string Summary,
    string? RootCause,
    bool ImpactConfirmed,
    bool StartPostmortem,
    string ResolvedBy,
    DateTimeOffset ResolvedAt);
