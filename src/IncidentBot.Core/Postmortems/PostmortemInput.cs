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
    IReadOnlyList<StatusUpdate>? StatusUpdates = null)
{
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
    /// Update deadlines met and due while the incident was open: from the declaration to its resolution, and again from
    /// each reopening to the next, so days spent resolved before a reopening are not counted as missed updates.
    /// </summary>
    public UpdateTiming Updates
    {
        get
        {
            var posted = Timeline.Where(e => e.Kind == TimelineKind.UpdatePosted).Select(e => e.OccurredAt).ToList();
            return OpenPeriods().Aggregate(UpdateTiming.None,
                (sum, period) => sum + UpdateTiming.Of(period.Start, period.End, Severity.UpdateCadence, posted));
        }
    }

    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> OpenPeriods()
    {
        DateTimeOffset? openedAt = Incident.DeclaredAt;
        foreach (var entry in Timeline.Where(e => e.Kind is TimelineKind.Resolved or TimelineKind.Reopened))
        {
            if (entry.Kind == TimelineKind.Resolved && openedAt is { } start)
            {
                yield return (start, entry.OccurredAt < End ? entry.OccurredAt : End);
                openedAt = null;
            }
            else if (entry.Kind == TimelineKind.Reopened && openedAt is null)
            {
                openedAt = entry.OccurredAt;
            }
        }

        if (openedAt is { } stillOpen && stillOpen <= End)
        {
            yield return (stillOpen, End);
        }
    }

    public int SeverityChanges => Timeline.Count(e => e.Kind == TimelineKind.SeverityChanged);
}
