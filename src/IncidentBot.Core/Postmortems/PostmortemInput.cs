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
    DateTimeOffset CompiledAt,
    IReadOnlyDictionary<string, string>? UserNames = null,
    IReadOnlyList<StatusUpdate>? StatusUpdates = null,
    SeverityLadder? Ladder = null,
    int ActionItemsDueWithin = ActionItemDeadline.DefaultBusinessDays,
    Breaches.BreachRecord? Breach = null)
{
    /// <summary>The incident's pages, earliest first (none when nobody was paged).</summary>
    public IReadOnlyList<Oncall.Page> Pages { get; init; } = [];

    private static readonly IReadOnlyDictionary<string, string> NoNames = new Dictionary<string, string>();

    /// <summary>The status updates posted, in order.</summary>
    public IReadOnlyList<StatusUpdate> Posted => StatusUpdates ?? [];

    /// <summary>People's names by Slack user ID, where they were looked up; the draft shows an ID where a name is missing.</summary>
    public IReadOnlyDictionary<string, string> Names => UserNames ?? NoNames;

    /// <summary>Everyone who took part, each once, in order: role holders, members, the timeline's authors, action owners.</summary>
    public IReadOnlyList<string> Participants() =>
        Incident.Roles.Values.Concat(Members)
            .Concat(Timeline.Select(e => e.UserId).OfType<string>())
            .Concat(Actions.Select(a => a.Owner).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Everyone the draft names: the <see cref="Participants"/> and the people its recorded text mentions.</summary>
    public IReadOnlyCollection<string> People()
    {
        var people = new HashSet<string>(Participants(), StringComparer.Ordinal);
        var texts = Timeline.Select(e => e.Text).Concat(Actions.Select(a => a.Text))
            .Concat([Incident.Title, Incident.Summary, Incident.Impact, Resolution?.Summary, Resolution?.RootCause]);
        foreach (var text in texts)
        {
            people.UnionWith(MarkdownText.MentionedUsers(text));
        }

        return people;
    }

    /// <summary>When it ended: resolution, or now for a draft of an open incident.</summary>
    public DateTimeOffset End => Incident.ResolvedAt ?? CompiledAt;

    /// <summary>When it started: the declaration, or an earlier back-dated timeline entry.</summary>
    public DateTimeOffset StartedAt => Timeline.Count > 0 && Timeline[0].OccurredAt < Incident.DeclaredAt
        ? Timeline[0].OccurredAt
        : Incident.DeclaredAt;

    public DateTimeOffset? MitigatedAt => Incident.MitigatedAt ?? Incident.ResolvedAt;

    /// <summary>
    /// When the first alert tied to it fired (its earliest "Alert fired" timeline entry), when that was at or before the
    /// declaration: the incident was detected by monitoring. Null otherwise (no alert, or one linked after it was declared).
    /// </summary>
    public DateTimeOffset? FirstAlertAt =>
        Timeline.Where(e => e.Kind == TimelineKind.AlertFired).Select(e => (DateTimeOffset?)e.OccurredAt).Min() is { } fired && fired <= Incident.DeclaredAt
            ? fired
            : null;

    /// <summary>The severities it went through and when (<see cref="SeverityHistory"/>; the current one throughout without the <see cref="Ladder"/>).</summary>
    public IReadOnlyList<SeverityPeriod> Severities => SeverityHistory.Periods(Incident.DeclaredAt, Severity, Timeline, Ladder, Incident.Type);

    /// <summary>
    /// Update deadlines met and due while the incident was open, each stretch held to the cadence of the severity it
    /// had then (<see cref="UpdateTiming.WhileOpen"/>).
    /// </summary>
    public UpdateTiming Updates => UpdateTiming.WhileOpen(Incident.DeclaredAt, End, Severities, Timeline);

    /// <summary>When the first status update was posted, or null when none was.</summary>
    public DateTimeOffset? FirstUpdateAt =>
        Timeline.Where(e => e.Kind == TimelineKind.UpdatePosted).Select(e => (DateTimeOffset?)e.OccurredAt).Min()
        ?? Posted.Select(u => (DateTimeOffset?)u.PostedAt).Min();

    /// <summary>How soon the first update was expected: one cadence of the severity it was declared at (null: none expected).</summary>
    public TimeSpan? FirstUpdateExpected => Severities.Count > 0 ? Severities[0].Cadence : null;

    /// <summary>Whether the item is open past its deadline when the draft is compiled (<see cref="ActionItemDeadline"/>).</summary>
    public bool IsOverdue(ActionItem item) => ActionItemDeadline.IsOverdue(item, CompiledAt, ActionItemsDueWithin, Zone);

    public int SeverityChanges => Timeline.Count(e => e.Kind == TimelineKind.SeverityChanged);
}
