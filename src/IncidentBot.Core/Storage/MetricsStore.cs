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
    public Task<IReadOnlyList<MetricsRow>> DeclaredBetweenAsync(DateTimeOffset from, DateTimeOffset to, MetricsAudience audience, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
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
            var rows = (await c.QueryAsync<MetricsRow>("""
                SELECT i.id, i.number, i.title, i.severity, i.incident_type, i.is_private, i.declared_at, i.mitigated_at, i.resolved_at, i.stage, i.outcome,
                       (SELECT assigned_at FROM incident_roles r WHERE r.incident_id = i.id AND r.role_key = 'ic') AS commander_assigned_at,
                       (SELECT MIN(f.occurred_at) FROM timeline f WHERE f.incident_id = i.id AND f.kind = 'AlertFired') AS first_alert_at,
                       CASE WHEN EXISTS (SELECT 1 FROM incident_resolutions s WHERE s.incident_id = i.id AND s.start_postmortem = 1)
                        OR EXISTS (SELECT 1 FROM timeline p WHERE p.incident_id = i.id AND p.kind = 'PostmortemStarted') THEN 1 ELSE 0 END AS postmortem_requested,
                       (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id) AS actions_total,
                       (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id AND a.state = 'Done') AS actions_done,
                       (SELECT MIN(g.acked_at) FROM pages g WHERE g.incident_id = i.id) AS first_acked_at,
                       (SELECT COUNT(*) FROM pages g WHERE g.incident_id = i.id) AS pages,
                       (SELECT COUNT(*) FROM pages g WHERE g.incident_id = i.id AND g.expired_at IS NOT NULL) AS pages_unanswered,
                       (SELECT u.services FROM incident_updates u WHERE u.incident_id = i.id AND u.services IS NOT NULL ORDER BY u.number DESC LIMIT 1) AS services,
                       (SELECT s.root_cause FROM incident_resolutions s WHERE s.incident_id = i.id ORDER BY s.n DESC LIMIT 1) AS root_cause
                FROM incidents i WHERE i.declared_at >= @since AND i.declared_at < @until
                """ + visible + " ORDER BY i.number",
                new { window.since, window.until, viewer = audience.Viewer, security = Configuration.DefaultTypes.SecurityKey })).ToList();
            var entries = (await c.QueryAsync<(long IncidentId, long OccurredAt, string Kind, string Text)>("""
                SELECT t.incident_id, t.occurred_at, t.kind, t.text FROM timeline t JOIN incidents i ON i.id = t.incident_id
                WHERE i.declared_at >= @since AND i.declared_at < @until AND t.kind IN ('RoleAssigned', 'RoleHandedOver', 'UpdatePosted', 'SeverityChanged', 'Resolved', 'Reopened')
                ORDER BY t.incident_id, t.occurred_at, t.id
                """, window)).ToLookup(e => e.IncidentId);
            foreach (var row in rows)
            {
                row.Timeline = entries[row.Id].Select(e => new TimelineEntry(0, e.IncidentId, UnixTime.FromUnixMs(e.OccurredAt),
                    UnixTime.FromUnixMs(e.OccurredAt), Enum.Parse<TimelineKind>(e.Kind), e.Text, null)).ToList();
            }

            return (IReadOnlyList<MetricsRow>)rows;
        }, ct);
}
