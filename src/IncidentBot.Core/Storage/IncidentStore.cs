using System.Data;
using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>Reads and writes incidents, their roles and members. Writes take the caller's transaction.</summary>
public sealed class IncidentStore(SqliteDatabase database)
{
    private const string Columns = """
        id, number, title, severity, status, stage, is_private, declared_by, declared_at, summary, impact,
        channel_id, channel_name, brief_ts, feed_ts, last_update_at, update_count, mitigated_at, resolved_at, related_number, possibly_related_number
        """;

    public Task<Incident?> GetAsync(long id, CancellationToken ct = default) =>
        database.ReadAsync(c => QuerySingleAsync(c, null, "id = @id", new { id }), ct);

    public Task<Incident?> GetByNumberAsync(int number, CancellationToken ct = default) =>
        database.ReadAsync(c => QuerySingleAsync(c, null, "number = @number", new { number }), ct);

    public Task<Incident?> GetByChannelAsync(string channelId, CancellationToken ct = default) =>
        database.ReadAsync(c => QuerySingleAsync(c, null, "channel_id = @channelId", new { channelId }), ct);

    public Task<IReadOnlyList<Incident>> ListOpenAsync(CancellationToken ct = default) =>
        database.ReadAsync(c => QueryManyAsync(c, null, "status <> 'Resolved'", null), ct);

    public Task<Incident?> GetAsync(IDbTransaction tx, long id) => QuerySingleAsync(tx.Connection!, tx, "id = @id", new { id });

    public Task<Incident?> GetByNumberAsync(IDbTransaction tx, int number) =>
        QuerySingleAsync(tx.Connection!, tx, "number = @number", new { number });

    public Task<Incident?> FindByIdempotencyKeyAsync(IDbTransaction tx, string key) =>
        QuerySingleAsync(tx.Connection!, tx, "idempotency_key = @key", new { key });

    /// <summary>
    /// Incidents declared, resolved, reopened or renamed since change <paramref name="afterSeq"/>, oldest change first,
    /// each with its state now (migration 0006 stamps the changes).
    /// </summary>
    public Task<IReadOnlyList<TitleChange>> ListTitleChangesAsync(long afterSeq, CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyList<TitleChange>)(await c.QueryAsync<(long Seq, long Number, string Words, string Status)>(
            "SELECT change_seq, number, title_words, status FROM incidents WHERE change_seq > @afterSeq ORDER BY change_seq",
            new { afterSeq }))
            .Select(r => new TitleChange(r.Seq, new OpenTitle((int)r.Number, r.Words), r.Status != nameof(IncidentStatus.Resolved)))
            .ToList(), ct);

    /// <summary>Inserts the incident with the next number and returns it as stored (no roles yet).</summary>
    public async Task<Incident> InsertAsync(IDbTransaction tx, NewIncident incident)
    {
        var row = new IncidentRow
        {
            Title = incident.Title, Severity = incident.Severity, Status = nameof(IncidentStatus.Investigating),
            Stage = nameof(IncidentStage.Active), IsPrivate = incident.IsPrivate ? 1 : 0, DeclaredBy = incident.DeclaredBy,
            DeclaredAt = incident.DeclaredAt, Summary = incident.Summary, Impact = incident.Impact,
            PossiblyRelatedNumber = incident.PossiblyRelatedNumber,
        };
        (row.Id, row.Number) = await tx.Connection!.QuerySingleAsync<(long, long)>("""
            INSERT INTO incidents (number, title, severity, status, stage, is_private, declared_by, declared_at,
                                   summary, impact, idempotency_key, possibly_related_number, title_words)
            VALUES ((SELECT COALESCE(MAX(number), 0) + 1 FROM incidents), @Title, @Severity, @Status, @Stage,
                    @IsPrivate, @DeclaredBy, @DeclaredAt, @Summary, @Impact, @IdempotencyKey, @PossiblyRelatedNumber, @TitleWords)
            RETURNING id, number
            """, new
            {
                row.Title, row.Severity, row.Status, row.Stage, row.IsPrivate, row.DeclaredBy, row.DeclaredAt, row.Summary, row.Impact,
                incident.IdempotencyKey, row.PossiblyRelatedNumber, incident.TitleWords,
            }, tx);
        return row.ToIncident();
    }

    /// <summary>Number, title, channel and privacy of an incident named as possibly related to a new one.</summary>
    public Task<PossiblyRelatedIncident?> GetPossiblyRelatedAsync(int number, CancellationToken ct = default) =>
        database.ReadAsync(async c => (await c.QueryAsync<(long Number, string Title, string? ChannelId, long IsPrivate)>(
            "SELECT number, title, channel_id, is_private FROM incidents WHERE number = @number", new { number }))
            .Select(r => new PossiblyRelatedIncident((int)r.Number, r.Title, r.ChannelId, r.IsPrivate != 0))
            .SingleOrDefault(), ct);

    public Task SetRoleAsync(IDbTransaction tx, long incidentId, string roleKey, string userId, DateTimeOffset at) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO incident_roles (incident_id, role_key, user_id, assigned_at) VALUES (@incidentId, @roleKey, @userId, @at)
            ON CONFLICT (incident_id, role_key) DO UPDATE SET user_id = excluded.user_id, assigned_at = excluded.assigned_at
            """, new { incidentId, roleKey, userId, at = UnixTime.ToUnixMs(at) }, tx);

    public Task AddMemberAsync(IDbTransaction tx, long incidentId, string userId, DateTimeOffset at) =>
        tx.Connection!.ExecuteAsync(
            "INSERT OR IGNORE INTO incident_members (incident_id, user_id, joined_at) VALUES (@incidentId, @userId, @at)",
            new { incidentId, userId, at = UnixTime.ToUnixMs(at) }, tx);

    public Task<bool> IsMemberAsync(long incidentId, string userId, CancellationToken ct = default) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM incident_members WHERE incident_id = @incidentId AND user_id = @userId",
            new { incidentId, userId }) > 0, ct);

    public Task<IReadOnlyList<string>> MembersAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyList<string>)(await c.QueryAsync<string>(
            "SELECT user_id FROM incident_members WHERE incident_id = @incidentId ORDER BY joined_at, user_id",
            new { incidentId })).ToList(), ct);

    public Task<int> SetTitleAsync(IDbTransaction tx, long incidentId, string title) =>
        tx.Connection!.ExecuteAsync("UPDATE incidents SET title = @title, title_words = @words WHERE id = @incidentId",
            new { incidentId, title, words = Policies.TitleSimilarity.Key(title) }, tx);

    /// <summary>Sets one Slack reference column (channel, brief or feed message) once it is known.</summary>
    public Task SetSlackRefsAsync(long incidentId, SlackRefs refs, CancellationToken ct = default) =>
        database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync("""
            UPDATE incidents SET channel_id = COALESCE(@ChannelId, channel_id), channel_name = COALESCE(@ChannelName, channel_name),
                   brief_ts = COALESCE(@BriefTs, brief_ts), feed_ts = COALESCE(@FeedTs, feed_ts)
            WHERE id = @incidentId
            """, new { incidentId, refs.ChannelId, refs.ChannelName, refs.BriefTs, refs.FeedTs }, tx), ct);

    private static async Task<Incident?> QuerySingleAsync(IDbConnection c, IDbTransaction? tx, string where, object? args) =>
        (await QueryManyAsync(c, tx, where, args)).SingleOrDefault();

    /// <summary>
    /// Incidents with their roles, links (either way) and open action-item count, in one statement: an answer that needs
    /// an incident reads it with one query.
    /// </summary>
    private static async Task<IReadOnlyList<Incident>> QueryManyAsync(IDbConnection c, IDbTransaction? tx, string where, object? args) =>
        (await c.QueryAsync<IncidentRow>($"""
            SELECT {Columns},
                (SELECT group_concat(r.role_key || char({(int)IncidentRow.KeyValueSeparator}) || r.user_id, char({(int)IncidentRow.PairSeparator}))
                  FROM incident_roles r WHERE r.incident_id = i.id) AS role_list,
                (SELECT group_concat(l.related_number) FROM incident_links l WHERE l.incident_id = i.id) AS links_out,
                (SELECT group_concat(src.number) FROM incident_links l JOIN incidents src ON src.id = l.incident_id
                  WHERE l.related_number = i.number) AS links_in,
                (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id AND a.state = 'Open') AS open_actions
            FROM incidents i WHERE {where} ORDER BY i.number
            """, args, tx)).Select(r => r.ToIncident()).ToList();
}
