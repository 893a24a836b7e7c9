using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>Reads incidents declared in a window with what the metrics need, in a handful of set queries.</summary>
public sealed class MetricsStore(Database database)
{
    public Task<IReadOnlyList<MetricsRow>> DeclaredSinceAsync(DateTimeOffset since, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
        {
            var rows = (await c.QueryAsync<MetricsRow>("""
                SELECT i.id, i.number, i.severity, i.is_private, i.declared_at, i.mitigated_at, i.resolved_at, i.stage, i.outcome,
                       (SELECT assigned_at FROM incident_roles r WHERE r.incident_id = i.id AND r.role_key = 'ic') AS commander_assigned_at,
                       CASE WHEN EXISTS (SELECT 1 FROM incident_resolutions s WHERE s.incident_id = i.id AND s.start_postmortem = 1)
                        OR EXISTS (SELECT 1 FROM timeline p WHERE p.incident_id = i.id AND p.kind = 'PostmortemStarted') THEN 1 ELSE 0 END AS postmortem_requested,
                       (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id) AS actions_total,
                       (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id AND a.state = 'Done') AS actions_done
                FROM incidents i WHERE i.declared_at >= @since ORDER BY i.number
                """, new { since = UnixTime.ToUnixMs(since) })).ToList();
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
