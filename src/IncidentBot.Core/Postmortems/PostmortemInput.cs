using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>Everything the post-mortem draft is compiled from, as read from the database.</summary>
public sealed record PostmortemInput(
    Incident Incident,
    Severity Severity,
    IReadOnlyList<RoleDefinition> Roles,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<LinkedIncident> Related,
    Resolution? Resolution,
    IReadOnlyList<string> Members,
    DateTimeOffset? CommanderAssignedAt,
    TimeZoneInfo Zone,
    DateTimeOffset CompiledAt)
{
    /// <summary>When it ended: resolution, or now for a draft of an open incident.</summary>
    public DateTimeOffset End => Incident.ResolvedAt ?? CompiledAt;

    /// <summary>When it started: the declaration, or an earlier back-dated timeline entry.</summary>
    public DateTimeOffset StartedAt => Timeline.Count > 0 && Timeline[0].OccurredAt < Incident.DeclaredAt
        ? Timeline[0].OccurredAt
        : Incident.DeclaredAt;

    public DateTimeOffset? MitigatedAt => Incident.MitigatedAt ?? Incident.ResolvedAt;

    public UpdateTiming Updates => UpdateTiming.Of(Incident.DeclaredAt, End, Severity.UpdateCadence,
        Timeline.Where(e => e.Kind == TimelineKind.UpdatePosted).Select(e => e.OccurredAt));

    public int SeverityChanges => Timeline.Count(e => e.Kind == TimelineKind.SeverityChanged);
}
