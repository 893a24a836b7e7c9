using System.Data;
using System.Data.Common;
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
        DeclaredBetweenAsync(since, DateTimeOffset.MaxValue, viewer is null ? MetricsAudience.Everyone : MetricsAudience.SecurityMembers(viewer), false, ct);

    /// <summary>
    /// The incidents declared in [<paramref name="from"/>, <paramref name="to"/>), as <paramref name="audience"/> may see
    /// them; with <paramref name="taggedOnly"/>, only those whose resolution gave a root cause with a <c>#tag</c> (the
    /// only ones a later incident can be a recurrence of).
    /// </summary>
    public async Task<IReadOnlyList<MetricsRow>> DeclaredBetweenAsync(DateTimeOffset from, DateTimeOffset to, MetricsAudience audience, bool taggedOnly,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var visible = audience.Kind switch
        {
            MetricsAudienceKind.SecurityMembers => $" AND (i.incident_type <> @security OR {Member})",
            MetricsAudienceKind.PrivateMembers => $" AND (i.is_private = 0 OR {Member})",
            MetricsAudienceKind.PublicOnly => " AND i.is_private = 0",
            _ => "",
        };
        if (taggedOnly)
        {
            visible += " AND EXISTS (SELECT 1 FROM incident_resolutions r WHERE r.incident_id = i.id AND r.root_cause LIKE '%#%')";
        }
        var window = new { since = UnixTime.ToUnixMs(from), until = to == DateTimeOffset.MaxValue ? long.MaxValue : UnixTime.ToUnixMs(to) };
        var parameters = new { window.since, window.until, viewer = audience.Viewer, security = Configuration.DefaultTypes.SecurityKey };

        // One pass per table over the window's incidents rather than a dozen subqueries per incident (a year's window
        // holds thousands of incidents, and each subquery costs a statement step per incident), on three connections at
        // once: the incidents, the timeline, and the other tables.
        const string InWindow = " JOIN incidents i ON i.id = x.incident_id WHERE i.declared_at >= @since AND i.declared_at < @until";
        // The two reads a year's window makes thousands of rows of are read by column position: mapping each row by name
        // cost three times the database's own work. Read in the declared_at index's order, then put in number order.
        var incidentsRead = database.ReadAsync(c => ReadAllAsync(c, """
            SELECT i.id, i.number, i.title, i.severity, i.incident_type, i.is_private, i.declared_at, i.mitigated_at, i.resolved_at, i.stage, i.outcome
            FROM incidents i WHERE i.declared_at >= @since AND i.declared_at < @until
            """ + visible, parameters, r => new MetricsRow
        {
            Id = r.GetInt64(0), Number = r.GetInt64(1), Title = r.GetString(2), Severity = r.GetString(3),
            IncidentType = r.IsDBNull(4) ? null : r.GetString(4), IsPrivate = r.GetInt64(5), DeclaredAt = r.GetInt64(6),
            MitigatedAt = r.IsDBNull(7) ? null : r.GetInt64(7), ResolvedAt = r.IsDBNull(8) ? null : r.GetInt64(8),
            Stage = r.GetString(9), Outcome = r.IsDBNull(10) ? null : r.GetString(10),
        }, ct), ct);
        var timelineRead = database.ReadAsync(async c => (await ReadAllAsync(c, """
            SELECT x.incident_id, x.occurred_at, x.kind, x.text FROM timeline x JOIN incidents i ON i.id = x.incident_id
            WHERE i.declared_at >= @since AND i.declared_at < @until
              AND x.kind IN ('RoleAssigned', 'RoleHandedOver', 'UpdatePosted', 'SeverityChanged', 'Resolved', 'Reopened', 'AlertFired', 'PostmortemStarted')
            ORDER BY x.incident_id, x.occurred_at, x.id
            """, window, r => (IncidentId: r.GetInt64(0), OccurredAt: r.GetInt64(1), Kind: r.GetString(2), Text: r.GetString(3)), ct))
            .ToLookup(e => e.IncidentId), ct);
        var othersRead = database.ReadAsync(async c => (
            Commanders: (await c.QueryAsync<(long Id, long? At)>(
                "SELECT x.incident_id, x.assigned_at FROM incident_roles x" + InWindow + " AND x.role_key = 'ic'", window)).ToList(),
            Resolutions: (await c.QueryAsync<(long Id, long N, long StartPostmortem, string? RootCause)>(
                "SELECT x.incident_id, x.n, x.start_postmortem, x.root_cause FROM incident_resolutions x" + InWindow + " ORDER BY x.incident_id, x.n", window)).ToList(),
            Actions: (await c.QueryAsync<(long Id, long Total, long Done)>(
                "SELECT x.incident_id, COUNT(*), SUM(CASE WHEN x.state = 'Done' THEN 1 ELSE 0 END) FROM action_items x" + InWindow + " GROUP BY x.incident_id", window)).ToList(),
            Pages: (await c.QueryAsync<(long Id, long? FirstAcked, long Count, long Unanswered)>(
                "SELECT x.incident_id, MIN(x.acked_at), COUNT(*), SUM(CASE WHEN x.expired_at IS NOT NULL THEN 1 ELSE 0 END) FROM pages x" + InWindow + " GROUP BY x.incident_id", window)).ToList(),
            Services: await ReadAllAsync(c, "SELECT x.incident_id, x.number, x.services FROM incident_updates x" + InWindow
                + " AND x.services IS NOT NULL ORDER BY x.incident_id, x.number", window, r => (Id: r.GetInt64(0), Number: r.GetInt64(1), Services: r.GetString(2)), ct)), ct);
        await Task.WhenAll(incidentsRead, timelineRead, othersRead);

        var rows = await incidentsRead;
        rows.Sort((a, b) => a.Number.CompareTo(b.Number));
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

    private static async Task<List<T>> ReadAllAsync<T>(IDbConnection connection, string sql, object parameters, Func<DbDataReader, T> map, CancellationToken ct)
    {
        var rows = new List<T>();
        await using var reader = await ((DbConnection)connection).ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
