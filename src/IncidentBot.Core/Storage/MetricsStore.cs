using Dapper;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;

namespace IncidentBot.Core.Storage;

/// <summary>Reads incidents declared in a window with what the metrics need, in a handful of set queries.</summary>
public sealed class MetricsStore(Database database)
{
    private const string Member = "EXISTS (SELECT 1 FROM incident_members m WHERE m.incident_id = i.id AND m.user_id = @viewer)";

    /// <summary>
    /// The incidents declared since <paramref name="since"/>: as <paramref name="viewer"/> may see them when one is
    /// named (incidents of the <c>security</c> type only where they are a member), else all of them.
    /// </summary>
    public Task<IReadOnlyList<MetricsRow>> DeclaredSinceAsync(DateTimeOffset since, string? viewer = null, CancellationToken ct = default) =>
        DeclaredBetweenAsync(since, DateTimeOffset.MaxValue, viewer is null ? MetricsAudience.Everyone : MetricsAudience.SecurityMembers(viewer), ct);

    /// <summary>The incidents declared in [<paramref name="from"/>, <paramref name="to"/>), as <paramref name="audience"/> may see them.</summary>
    public async Task<IReadOnlyList<MetricsRow>> DeclaredBetweenAsync(DateTimeOffset from, DateTimeOffset to, MetricsAudience audience, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var visible = audience.Kind switch
        {
            MetricsAudienceKind.SecurityMembers => $" AND (i.incident_type <> @security OR {Member})",
            MetricsAudienceKind.PrivateMembers => $" AND (i.is_private = 0 OR {Member})",
            MetricsAudienceKind.PublicOnly => " AND i.is_private = 0",
            _ => "",
        };
        var window = new { since = UnixTime.ToUnixMs(from), until = to == DateTimeOffset.MaxValue ? long.MaxValue : UnixTime.ToUnixMs(to) };
        var parameters = new { window.since, window.until, viewer = audience.Viewer, security = Configuration.DefaultTypes.SecurityKey };

        // One pass per table over the window's incidents rather than a dozen subqueries per incident (a year's window
        // holds thousands of incidents, and each subquery costs a statement step per incident), on three connections at
        // once: the incidents, the timeline, and the other tables.
        const string InWindow = " JOIN incidents i ON i.id = x.incident_id WHERE i.declared_at >= @since AND i.declared_at < @until";
        var incidentsRead = database.ReadAsync(async c => (await c.QueryAsync<MetricsRow>("""
            SELECT i.id, i.number, i.title, i.severity, i.incident_type, i.is_private, i.declared_at, i.mitigated_at, i.resolved_at, i.stage, i.outcome
            FROM incidents i WHERE i.declared_at >= @since AND i.declared_at < @until
            """ + visible + " ORDER BY i.number", parameters)).ToList(), ct);
        var timelineRead = database.ReadAsync(async c => (await c.QueryAsync<(long IncidentId, long OccurredAt, string Kind, string Text)>("""
            SELECT x.incident_id, x.occurred_at, x.kind, x.text FROM timeline x JOIN incidents i ON i.id = x.incident_id
            WHERE i.declared_at >= @since AND i.declared_at < @until
              AND x.kind IN ('RoleAssigned', 'RoleHandedOver', 'UpdatePosted', 'SeverityChanged', 'Resolved', 'Reopened', 'AlertFired', 'PostmortemStarted')
            ORDER BY x.incident_id, x.occurred_at, x.id
            """, window)).ToLookup(e => e.IncidentId), ct);
        var othersRead = database.ReadAsync(async c => (
            Commanders: (await c.QueryAsync<(long Id, long? At)>(
                "SELECT x.incident_id, x.assigned_at FROM incident_roles x" + InWindow + " AND x.role_key = 'ic'", window)).ToList(),
            Resolutions: (await c.QueryAsync<(long Id, long N, long StartPostmortem, string? RootCause)>(
                "SELECT x.incident_id, x.n, x.start_postmortem, x.root_cause FROM incident_resolutions x" + InWindow + " ORDER BY x.incident_id, x.n", window)).ToList(),
            Actions: (await c.QueryAsync<(long Id, long Total, long Done)>(
                "SELECT x.incident_id, COUNT(*), SUM(CASE WHEN x.state = 'Done' THEN 1 ELSE 0 END) FROM action_items x" + InWindow + " GROUP BY x.incident_id", window)).ToList(),
            Pages: (await c.QueryAsync<(long Id, long? FirstAcked, long Count, long Unanswered)>(
                "SELECT x.incident_id, MIN(x.acked_at), COUNT(*), SUM(CASE WHEN x.expired_at IS NOT NULL THEN 1 ELSE 0 END) FROM pages x" + InWindow + " GROUP BY x.incident_id", window)).ToList(),
            Services: (await c.QueryAsync<(long Id, long Number, string Services)>(
                "SELECT x.incident_id, x.number, x.services FROM incident_updates x" + InWindow + " AND x.services IS NOT NULL ORDER BY x.incident_id, x.number", window)).ToList()), ct);
        await Task.WhenAll(incidentsRead, timelineRead, othersRead);

        var rows = await incidentsRead;
        var entries = await timelineRead;
        var others = await othersRead;
        var byId = rows.ToDictionary(r => r.Id);
        foreach (var (id, at) in others.Commanders)
        {
            if (byId.TryGetValue(id, out var row))
            {
                row.CommanderAssignedAt = at;
            }
        }

        foreach (var (id, _, startPostmortem, rootCause) in others.Resolutions)
        {
            if (byId.TryGetValue(id, out var row))
            {
                row.PostmortemRequested = Math.Max(row.PostmortemRequested, startPostmortem == 1 ? 1 : 0);
                row.RootCause = rootCause;
            }
        }

        foreach (var (id, total, done) in others.Actions)
        {
            if (byId.TryGetValue(id, out var row))
            {
                (row.ActionsTotal, row.ActionsDone) = (total, done);
            }
        }

        foreach (var (id, firstAcked, pages, unanswered) in others.Pages)
        {
            if (byId.TryGetValue(id, out var row))
            {
                (row.FirstAckedAt, row.Pages, row.PagesUnanswered) = (firstAcked, pages, unanswered);
            }
        }

        foreach (var (id, _, services) in others.Services)
        {
            if (byId.TryGetValue(id, out var row))
            {
                row.Services = services;
            }
        }

        foreach (var row in rows)
        {
            var own = entries[row.Id];
            row.FirstAlertAt = own.Where(e => e.Kind == nameof(TimelineKind.AlertFired)).Select(e => (long?)e.OccurredAt).FirstOrDefault();
            row.PostmortemRequested = Math.Max(row.PostmortemRequested, own.Any(e => e.Kind == nameof(TimelineKind.PostmortemStarted)) ? 1 : 0);
            row.Timeline = own.Where(e => e.Kind is not (nameof(TimelineKind.AlertFired) or nameof(TimelineKind.PostmortemStarted)))
                .Select(e => new TimelineEntry(0, e.IncidentId, UnixTime.FromUnixMs(e.OccurredAt),
                UnixTime.FromUnixMs(e.OccurredAt), Enum.Parse<TimelineKind>(e.Kind), e.Text, null)).ToList();
        }

        return rows;
    }
}
