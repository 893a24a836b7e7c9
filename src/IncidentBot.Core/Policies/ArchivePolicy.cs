using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// When an incident channel is archived: <c>IncidentBot:ArchiveAfter</c> after its incident's life ended — the post-mortem
/// review completed, or the incident cancelled or merged (it has no review) — with a notice a day before, or at once when
/// the delay is shorter than a day. Never while the incident is open, once someone kept the channel, or when the delay is unset.
/// </summary>
public static class ArchivePolicy
{
    public static readonly TimeSpan NoticeAhead = TimeSpan.FromDays(1);

    /// <summary>When the incident's life ended, or null while it goes on (open, or resolved with its review pending).</summary>
    public static DateTimeOffset? EndedAt(Incident incident, IReadOnlyList<TimelineEntry> entries)
    {
        if (incident is not { IsOpen: false, ResolvedAt: { } closedAt, Stage: IncidentStage.Closed })
        {
            return null;
        }

        return incident.Outcome is not null
            ? closedAt
            : entries.Where(e => e.Kind == TimelineKind.PostmortemReviewed && e.OccurredAt >= closedAt)
                .Select(e => (DateTimeOffset?)e.OccurredAt).Max();
    }

    public static ArchivePlan? Plan(Incident incident, IReadOnlyList<TimelineEntry> entries, TimeSpan? archiveAfter)
    {
        if (archiveAfter is not { } after || after <= TimeSpan.Zero || incident.ArchiveKeptBy is not null
            || incident.ArchivedAt is not null || incident.ChannelId is null || EndedAt(incident, entries) is not { } ended)
        {
            return null;
        }

        var archiveAt = ended + after;
        return new ArchivePlan(after < NoticeAhead ? ended : archiveAt - NoticeAhead, archiveAt);
    }
}
