namespace IncidentBot.Core.Incidents;

/// <summary>One line of the incident's record: when it happened, what, and who.</summary>
public sealed record TimelineEntry(
    long Id,
    long IncidentId,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    TimelineKind Kind,
    string Text,
    string? UserId,
    string? Permalink = null);
