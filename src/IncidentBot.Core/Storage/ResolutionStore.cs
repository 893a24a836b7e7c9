using System.Data;
using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>Resolutions, reopening, post-mortem stages and links between incidents. Writes take the caller's transaction.</summary>
public sealed class ResolutionStore(Database database)
{
    private const string ResolutionColumns = """
        incident_id, n AS sequence, summary, root_cause, impact_confirmed, start_postmortem, resolved_by, resolved_at
        """;

    public async Task<Resolution?> FindByRequestKeyAsync(IDbTransaction tx, string requestKey) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<ResolutionRow>(
            $"SELECT {ResolutionColumns} FROM incident_resolutions WHERE request_key = @requestKey", new { requestKey }, tx))?.ToResolution();

    public async Task<Resolution?> GetAsync(long incidentId, int sequence, CancellationToken ct = default) =>
        (await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<ResolutionRow>(
            $"SELECT {ResolutionColumns} FROM incident_resolutions WHERE incident_id = @incidentId AND n = @sequence",
            new { incidentId, sequence }), ct))?.ToResolution();

    public Task<Resolution?> LatestAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(c => LatestAsync(c, null, incidentId), ct);

    public static async Task<Resolution?> LatestAsync(IDbConnection c, IDbTransaction? tx, long incidentId) =>
        (await c.QuerySingleOrDefaultAsync<ResolutionRow>(
            $"SELECT {ResolutionColumns} FROM incident_resolutions WHERE incident_id = @incidentId ORDER BY n DESC LIMIT 1",
            new { incidentId }, tx))?.ToResolution();

    public Task<int> CountAsync(IDbTransaction tx, long incidentId) => tx.Connection!.ExecuteScalarAsync<int>(
        "SELECT COUNT(*) FROM incident_resolutions WHERE incident_id = @incidentId", new { incidentId }, tx);

    /// <summary>Records the resolution and marks the incident resolved (and in post-mortem draft when one was asked for).</summary>
    public async Task ResolveAsync(IDbTransaction tx, Resolution r, string requestKey)
    {
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO incident_resolutions (incident_id, n, summary, root_cause, impact_confirmed, start_postmortem, resolved_by, resolved_at, request_key)
            VALUES (@IncidentId, @Sequence, @Summary, @RootCause, @ImpactConfirmed, @StartPostmortem, @ResolvedBy, @at, @requestKey)
            """, new { r.IncidentId, r.Sequence, r.Summary, r.RootCause, ImpactConfirmed = r.ImpactConfirmed ? 1 : 0,
                StartPostmortem = r.StartPostmortem ? 1 : 0, r.ResolvedBy,
                at = UnixTime.ToUnixMs(r.ResolvedAt), requestKey }, tx);
        await tx.Connection!.ExecuteAsync("""
            UPDATE incidents SET status = 'Resolved', resolved_at = @at, stage = CASE WHEN @start = 1 THEN 'PostmortemDraft' ELSE 'Active' END
            WHERE id = @id
            """, new { id = r.IncidentId, at = UnixTime.ToUnixMs(r.ResolvedAt), start = r.StartPostmortem ? 1 : 0 }, tx);
    }

    public Task ReopenAsync(IDbTransaction tx, long incidentId) => tx.Connection!.ExecuteAsync(
        "UPDATE incidents SET status = 'Investigating', resolved_at = NULL, stage = 'Active', outcome = NULL, outcome_reason = NULL, merged_into = NULL WHERE id = @incidentId",
        new { incidentId }, tx);

    public Task SetStageAsync(IDbTransaction tx, long incidentId, IncidentStage stage) => tx.Connection!.ExecuteAsync(
        "UPDATE incidents SET stage = @stage WHERE id = @incidentId", new { incidentId, stage = stage.ToString() }, tx);

    public async Task<bool> AddLinkAsync(IDbTransaction tx, long incidentId, int relatedNumber, string userId, DateTimeOffset at) =>
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO incident_links (incident_id, related_number, created_by, created_at)
            VALUES (@incidentId, @relatedNumber, @userId, @at)
            ON CONFLICT DO NOTHING
            """, new { incidentId, relatedNumber, userId, at = UnixTime.ToUnixMs(at) }, tx) > 0;

    /// <summary>The condition on incidents <c>i</c> linked with the incident <c>@Id</c> (number <c>@Number</c>), either way round.</summary>
    private const string LinkedEitherWay = """
        (i.number IN (SELECT related_number FROM incident_links WHERE incident_id = @Id)
         OR i.id IN (SELECT incident_id FROM incident_links WHERE related_number = @Number))
        """;

    /// <summary>
    /// The open incidents linked with this one either way round whose channels may hear of it: all of them for a public
    /// incident; for a private one only private incidents every member of which is also a member of this one, so that
    /// no channel is told of an incident some of its members could not see.
    /// </summary>
    public async Task<IReadOnlyList<long>> OpenLinkedIdsToTellAsync(IDbTransaction tx, Incident incident) =>
        (await tx.Connection!.QueryAsync<long>($"""
            SELECT i.id FROM incidents i
            WHERE i.status <> 'Resolved' AND i.id <> @Id AND {LinkedEitherWay}
              AND (@IsPrivate = 0 OR (i.is_private = 1 AND NOT EXISTS (
                    SELECT 1 FROM incident_members m WHERE m.incident_id = i.id
                      AND m.user_id NOT IN (SELECT r.user_id FROM incident_members r WHERE r.incident_id = @Id))))
            ORDER BY i.number
            """, new { incident.Id, incident.Number, IsPrivate = incident.IsPrivate ? 1 : 0 }, tx)).ToList();

    /// <summary>Incidents linked with this one either way round, by number.</summary>
    public static async Task<IReadOnlyList<LinkedIncident>> LinkedAsync(IDbConnection c, IDbTransaction? tx, Incident incident) =>
        (await c.QueryAsync<(long Number, string Title, long IsPrivate)>($"""
            SELECT i.number, i.title, i.is_private FROM incidents i
            WHERE {LinkedEitherWay}
            ORDER BY i.number
            """, new { incident.Id, incident.Number }, tx)).Select(r => new LinkedIncident((int)r.Number, r.Title, r.IsPrivate != 0)).ToList();

    private sealed class ResolutionRow
    {
        public long IncidentId { get; set; }
        public long Sequence { get; set; }
        public string Summary { get; set; } = "";
        public string? RootCause { get; set; }
        public long ImpactConfirmed { get; set; }
        public long StartPostmortem { get; set; }
        public string ResolvedBy { get; set; } = "";
        public long ResolvedAt { get; set; }

        public Resolution ToResolution() => new(IncidentId, (int)Sequence, Summary, RootCause, ImpactConfirmed != 0,
            StartPostmortem != 0, ResolvedBy, UnixTime.FromUnixMs(ResolvedAt));
    }
}
