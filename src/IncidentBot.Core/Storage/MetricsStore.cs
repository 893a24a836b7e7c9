using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>Reads incidents declared in a window with what the metrics need, in a handful of set queries.</summary>
public sealed class MetricsStore(Database database)
{
    /// <summary>Security incidents count only for their members: for anyone else they are not there at all.</summary>
    private const string SecurityForMembersOnly = """
         AND (i.incident_type <> @security OR EXISTS (
            SELECT 1 FROM incident_members m WHERE m.incident_id = i.id AND m.user_id = @viewer))
        """;

    /// <summary>
    /// The incidents declared since <paramref name="since"/>: as <paramref name="viewer"/> may see them when one is
    /// named (incidents of the <c>security</c> type only where they are a member), else all of them.
    /// </summary>
    public Task<IReadOnlyList<MetricsRow>> DeclaredSinceAsync(DateTimeOffset since, string? viewer = null, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
        {
            var rows = (await c.QueryAsync<MetricsRow>("""
                SELECT i.id, i.number, i.severity, i.incident_type, i.is_private, i.declared_at, i.mitigated_at, i.resolved_at, i.stage, i.outcome,
                       (SELECT assigned_at FROM incident_roles r WHERE r.incident_id = i.id AND r.role_key = 'ic') AS commander_assigned_at,
                       (SELECT MIN(f.occurred_at) FROM timeline f WHERE f.incident_id = i.id AND f.kind = 'AlertFired') AS first_alert_at,
                       CASE WHEN EXISTS (SELECT 1 FROM incident_resolutions s WHERE s.incident_id = i.id AND s.start_postmortem = 1)
                        OR EXISTS (SELECT 1 FROM timeline p WHERE p.incident_id = i.id AND p.kind = 'PostmortemStarted') THEN 1 ELSE 0 END AS postmortem_requested,
                       (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id) AS actions_total,
                       (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id AND a.state = 'Done') AS actions_done,
                       (SELECT MIN(g.acked_at) FROM pages g WHERE g.incident_id = i.id) AS first_acked_at,
                       (SELECT COUNT(*) FROM pages g WHERE g.incident_id = i.id) AS pages,
                       (SELECT COUNT(*) FROM pages g WHERE g.incident_id = i.id AND g.expired_at IS NOT NULL) AS pages_unanswered
                FROM incidents i WHERE i.declared_at >= @since
                """ + (viewer is null ? "" : SecurityForMembersOnly) + " ORDER BY i.number",
                new { since = UnixTime.ToUnixMs(since), viewer, security = Configuration.DefaultTypes.SecurityKey })).ToList();
            var entries = (await c.QueryAsync<(long IncidentId, long OccurredAt, string Kind, string Text)>("""
                SELECT t.incident_id, t.occurred_at, t.kind, t.text FROM timeline t JOIN incidents i ON i.id = t.incident_id
                WHERE i.declared_at >= @since AND t.kind IN ('RoleAssigned', 'RoleHandedOver', 'UpdatePosted', 'SeverityChanged', 'Resolved', 'Reopened')
                ORDER BY t.incident_id, t.occurred_at, t.id
                """, new { since = UnixTime.ToUnixMs(since) })).ToLookup(e => e.IncidentId);
            foreach (var row in rows)
            {
                row.Timeline = entries[row.Id].Select(e => new TimelineEntry(0, e.IncidentId, UnixTime.FromUnixMs(e.OccurredAt),
                    UnixTime.FromUnixMs(e.OccurredAt), Enum.Parse<TimelineKind>(e.Kind), e.Text, null)).ToList();
            }

            return (IReadOnlyList<MetricsRow>)rows;
        }, ct);
}
