using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>Reads and writes incidents, their roles and members. Writes take the caller's transaction.</summary>
public sealed class IncidentStore(Database database)
{
    private const string Columns = """
        id, number, title, severity, status, stage, is_private, incident_type, detected_via, declared_by, declared_at, summary, impact,
        channel_id, channel_name, brief_ts, feed_ts, last_update_at, update_count, mitigated_at, resolved_at, related_number, possibly_related_number,
        outcome, outcome_reason, merged_into, archive_kept_by, archived_at
        """;

    public Task<Incident?> GetAsync(long id, CancellationToken ct = default) =>
        database.ReadAsync(c => QuerySingleAsync(c, null, "id = @id", ("@id", id)), ct);

    public Task<Incident?> GetByNumberAsync(int number, CancellationToken ct = default) =>
        database.ReadAsync(c => QuerySingleAsync(c, null, "number = @number", ("@number", number)), ct);

    public Task<Incident?> GetByChannelAsync(string channelId, CancellationToken ct = default) =>
        database.ReadAsync(c => QuerySingleAsync(c, null, "channel_id = @channelId", ("@channelId", channelId)), ct);

    public Task<IReadOnlyList<Incident>> ListOpenAsync(CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult<IReadOnlyList<Incident>>(Query(c, null, "status <> 'Resolved'")), ct);

    /// <summary>
    /// Incidents a member may see, newest first: every public one, and private ones they are a member of (the rule
    /// <c>/incident list</c> follows), filtered by open or closed, severity, type, service, declaration time and words
    /// (the full-text index of migration 0023 on SQLite, 0013 on PostgreSQL); at most the filter's limit.
    /// </summary>
    public Task<IReadOnlyList<Incident>> ListVisibleAsync(string userId, IncidentListFilter filter, CancellationToken ct = default)
    {
        var (where, args) = Visible(userId, filter);

        // The newest few are picked by the index on number before their roles and links are read.
        var newest = $"i.id IN (SELECT v.id FROM incidents v WHERE {where} ORDER BY v.number DESC LIMIT @limit)";
        var catchUp = filter.Search is not null && database.Engine == DatabaseEngine.Postgres;
        return database.ReadAsync(c =>
        {
            if (catchUp)
            {
                CatchUpSearch(c);
            }

            return Task.FromResult<IReadOnlyList<Incident>>(Query(c, null, newest, [.. args, ("@limit", filter.Limit)]).AsEnumerable().Reverse().ToList());
        }, ct);
    }

    /// <summary>
    /// How many incidents <see cref="ListVisibleAsync"/> would list without its limit, for a list cut short to say so
    /// (asked after it, so on PostgreSQL the search documents are already caught up).
    /// </summary>
    public Task<int> CountVisibleAsync(string userId, IncidentListFilter filter, CancellationToken ct = default)
    {
        var (where, args) = Visible(userId, filter);
        return database.ReadAsync(c => Task.FromResult((int)Statements.Query<long>(c, null, $"SELECT COUNT(*) FROM incidents v WHERE {where}", args).Single()), ct);
    }

    /// <summary>The condition on <c>incidents v</c> for what a member may see and the filter asks for, and its arguments.</summary>
    private (string Where, (string, object?)[] Args) Visible(string userId, IncidentListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = new System.Text.StringBuilder(
            "(v.is_private = 0 OR EXISTS (SELECT 1 FROM incident_members m WHERE m.incident_id = v.id AND m.user_id = @userId))")
            .Append(filter.Open switch { true => " AND v.status <> 'Resolved'", false => " AND v.status = 'Resolved'", null => string.Empty })
            .Append(filter.SeverityKey is null ? string.Empty : " AND v.severity = @severity")
            .Append(filter.TypeKey is null ? string.Empty : " AND v.incident_type = @type")
            .Append(filter.From is null ? string.Empty : " AND v.declared_at >= @from")
            .Append(filter.Until is null ? string.Empty : " AND v.declared_at < @until")
            .Append(filter.Service is null ? string.Empty : """
                 AND (EXISTS (SELECT 1 FROM incident_updates u WHERE u.incident_id = v.id AND LOWER(u.services) LIKE @service ESCAPE '\')
                      OR EXISTS (SELECT 1 FROM incident_components c WHERE c.incident_id = v.id AND LOWER(c.component) = @component))
                """)
            .Append(filter.Search is null ? string.Empty : database.Engine == DatabaseEngine.Sqlite
                ? " AND v.id IN (SELECT rowid FROM incident_search WHERE incident_search MATCH @words)"
                : " AND v.id IN (SELECT s.incident_id FROM incident_search s WHERE s.document @@ websearch_to_tsquery('simple', @words))")
            .ToString();
        var service = filter.Service?.Trim().ToLowerInvariant() ?? string.Empty;
        var words = filter.Search is null ? string.Empty : database.Engine == DatabaseEngine.Sqlite ? filter.Search.ForFts5() : filter.Search.ForTsQuery();
        return (where, [
            ("@userId", userId), ("@severity", filter.SeverityKey ?? string.Empty), ("@type", filter.TypeKey ?? string.Empty),
            ("@from", filter.From is { } from ? UnixTime.ToUnixMs(from) : 0L), ("@until", filter.Until is { } until ? UnixTime.ToUnixMs(until) : 0L),
            ("@service", "%" + Like(service) + "%"), ("@component", service), ("@words", words),
        ]);
    }

    /// <summary>
    /// On PostgreSQL, rebuilds the search documents of incidents written since the last catch-up (migration 0019): writes
    /// only note an incident as stale. Returns how many were rebuilt; nothing to do on SQLite, whose index is kept by its
    /// own triggers.
    /// </summary>
    public Task<long> CatchUpSearchAsync(CancellationToken ct = default) =>
        database.Engine == DatabaseEngine.Postgres ? database.ReadAsync(c => Task.FromResult(CatchUpSearch(c)), ct) : Task.FromResult(0L);

    private static long CatchUpSearch(IDbConnection c) => Statements.Query<long>(c, null, "SELECT incident_search_catch_up()").Single();

    private static string Like(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>The numbers of incidents merged into incident <paramref name="number"/>, lowest first.</summary>
    public Task<IReadOnlyList<int>> MergedIntoAsync(int number, CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyList<int>)(await c.QueryAsync<long>(
            "SELECT number FROM incidents WHERE merged_into = @number ORDER BY number", new { number })).Select(n => (int)n).ToList(), ct);

    /// <summary>
    /// Open incidents counted by severity key, in one query over the open-incidents index (migration 0007): a count of the
    /// few open rows, never a read of them.
    /// </summary>
    public Task<IReadOnlyDictionary<string, long>> CountOpenBySeverityAsync(CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyDictionary<string, long>)(await c.QueryAsync<(string Severity, long Open)>(
            "SELECT severity, COUNT(*) FROM incidents WHERE status <> 'Resolved' GROUP BY severity"))
            .ToDictionary(r => r.Severity, r => r.Open, StringComparer.Ordinal), ct);

    public Task<Incident?> GetAsync(IDbTransaction tx, long id) => QuerySingleAsync(tx.Connection!, tx, "id = @id", ("@id", id));

    public Task<Incident?> GetByNumberAsync(IDbTransaction tx, int number) =>
        QuerySingleAsync(tx.Connection!, tx, "number = @number", ("@number", number));

    public Task<Incident?> FindByIdempotencyKeyAsync(IDbTransaction tx, string key) =>
        QuerySingleAsync(tx.Connection!, tx, "idempotency_key = @key", ("@key", key));

    /// <summary>
    /// Incidents declared, resolved, reopened or renamed since change <paramref name="afterSeq"/>, oldest change first,
    /// each with its state now (SQLite's migration 0006 stamps the changes; PostgreSQL's 0018 stamps them at commit, in
    /// commit order, as declares run side by side there).
    /// </summary>
    public Task<IReadOnlyList<TitleChange>> ListTitleChangesAsync(long afterSeq, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult<IReadOnlyList<TitleChange>>(Statements.Query<(long Seq, long Number, string Words, string Status)>(c, null,
            "SELECT change_seq, number, title_words, status FROM incidents WHERE change_seq > @afterSeq ORDER BY change_seq",
            ("@afterSeq", afterSeq))
            .ConvertAll(r => new TitleChange(r.Seq, new OpenTitle((int)r.Number, r.Words), r.Status != nameof(IncidentStatus.Resolved)))), ct);

    /// <summary>Inserts the incident with the next number and returns it as stored (no roles yet).</summary>
    public async Task<Incident> InsertAsync(IDbTransaction tx, NewIncident incident) =>
        await TryInsertAsync(tx, incident) ?? throw new InvalidOperationException("An incident under this idempotency key exists.");

    /// <summary>
    /// Inserts the incident with the next number and returns it as stored (no roles yet); null when an incident under the
    /// same idempotency key was committed meanwhile (on PostgreSQL declares run side by side: the caller reads that one).
    /// </summary>
    public Task<Incident?> TryInsertAsync(IDbTransaction tx, NewIncident incident)
    {
        var row = new IncidentRow
        {
            Title = incident.Title, Severity = incident.Severity, Status = nameof(IncidentStatus.Investigating),
            Stage = nameof(IncidentStage.Active), IsPrivate = incident.IsPrivate ? 1 : 0, DeclaredBy = incident.DeclaredBy,
            DeclaredAt = incident.DeclaredAt, Summary = incident.Summary, Impact = incident.Impact,
            PossiblyRelatedNumber = incident.PossiblyRelatedNumber, IncidentType = incident.Type, DetectedVia = incident.DetectedVia,
        };
        var postgres = database.Engine == DatabaseEngine.Postgres;
        if (!postgres)
        {
            Statements.Execute(tx, "UPDATE counters SET value = value + 1 WHERE name = 'incident'");
        }

        var inserted = Statements.Query<(long, long)>(tx.Connection!, tx, postgres ? InsertPostgresSql : InsertSqliteSql,
            ("@Title", row.Title), ("@Severity", row.Severity), ("@Status", row.Status), ("@Stage", row.Stage),
            ("@IsPrivate", row.IsPrivate), ("@DeclaredBy", row.DeclaredBy), ("@DeclaredAt", row.DeclaredAt), ("@Summary", row.Summary),
            ("@Impact", row.Impact), ("@IdempotencyKey", incident.IdempotencyKey), ("@PossiblyRelatedNumber", row.PossiblyRelatedNumber),
            ("@TitleWords", incident.TitleWords), ("@IncidentType", row.IncidentType), ("@DetectedVia", row.DetectedVia));
        if (inserted.Count == 0)
        {
            return Task.FromResult<Incident?>(null);
        }

        (row.Id, row.Number) = inserted[0];
        return Task.FromResult<Incident?>(row.ToIncident());
    }

    /// <summary>
    /// On SQLite the next incident number is taken from its counter row under the one writer, so numbers have no gaps (a
    /// transaction rolled back gives its number back).
    /// </summary>
    private const string InsertSqliteSql = $"""
        INSERT INTO incidents (number, {InsertColumns})
        VALUES ((SELECT value FROM counters WHERE name = 'incident'), {InsertValues})
        RETURNING id, number
        """;

    /// <summary>
    /// On PostgreSQL declares do not take the writers' turn: the number is the column's default, from a sequence (unique
    /// across replicas; a declare that fails leaves its number unused), and a concurrent declare under the same key waits
    /// for the first to commit and then inserts nothing.
    /// </summary>
    private const string InsertPostgresSql = $"""
        INSERT INTO incidents ({InsertColumns})
        VALUES ({InsertValues})
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING id, number
        """;

    private const string InsertColumns = """
        title, severity, status, stage, is_private, declared_by, declared_at, summary, impact, idempotency_key,
        possibly_related_number, title_words, incident_type, detected_via
        """;

    private const string InsertValues = """
        @Title, @Severity, @Status, @Stage, @IsPrivate, @DeclaredBy, @DeclaredAt, @Summary, @Impact, @IdempotencyKey,
        @PossiblyRelatedNumber, @TitleWords, @IncidentType, @DetectedVia
        """;

    /// <summary>
    /// The incident a new declaration may duplicate, as its declarer may be told of it: a private one only to a member of
    /// it declaring another private incident, so neither the declarer's answer nor a public brief reveals that a private
    /// incident with a similar title exists.
    /// </summary>
    public Task<PossiblyRelatedIncident?> GetPossiblyRelatedAsync(int number, string declaredBy, bool declaringPrivate, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult(Statements.Query<(long Number, string Title, string? ChannelId, long IsPrivate)>(c, null,
            """
            SELECT number, title, channel_id, is_private FROM incidents
            WHERE number = @number AND (is_private = 0 OR (@declaringPrivate = 1 AND EXISTS (
                SELECT 1 FROM incident_members m WHERE m.incident_id = incidents.id AND m.user_id = @declaredBy)))
            """, ("@number", number), ("@declaredBy", declaredBy), ("@declaringPrivate", declaringPrivate ? 1 : 0))
            .Select(r => new PossiblyRelatedIncident((int)r.Number, r.Title, r.ChannelId, r.IsPrivate != 0))
            .SingleOrDefault()), ct);

    public Task SetRoleAsync(IDbTransaction tx, long incidentId, string roleKey, string userId, DateTimeOffset at) =>
        Task.FromResult(Statements.Execute(tx, """
            INSERT INTO incident_roles (incident_id, role_key, user_id, assigned_at) VALUES (@incidentId, @roleKey, @userId, @at)
            ON CONFLICT (incident_id, role_key) DO UPDATE SET user_id = excluded.user_id, assigned_at = excluded.assigned_at
            """, ("@incidentId", incidentId), ("@roleKey", roleKey), ("@userId", userId), ("@at", UnixTime.ToUnixMs(at))));

    public Task AddMemberAsync(IDbTransaction tx, long incidentId, string userId, DateTimeOffset at) =>
        Task.FromResult(Statements.Execute(tx,
            "INSERT INTO incident_members (incident_id, user_id, joined_at) VALUES (@incidentId, @userId, @at) ON CONFLICT DO NOTHING",
            ("@incidentId", incidentId), ("@userId", userId), ("@at", UnixTime.ToUnixMs(at))));

    /// <summary>Forgets a member who left or was removed from the channel: a private incident is no longer shown to them.</summary>
    public Task RemoveMemberAsync(IDbTransaction tx, long incidentId, string userId) =>
        Task.FromResult(Statements.Execute(tx,
            "DELETE FROM incident_members WHERE incident_id = @incidentId AND user_id = @userId",
            ("@incidentId", incidentId), ("@userId", userId)));

    public async Task<bool> IsMemberAsync(IDbTransaction tx, long incidentId, string userId) =>
        await tx.Connection!.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM incident_members WHERE incident_id = @incidentId AND user_id = @userId",
            new { incidentId, userId }, tx) > 0;

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
        database.InTransactionAsync(tx => Task.FromResult(Statements.Execute(tx, """
            UPDATE incidents SET channel_id = COALESCE(@ChannelId, channel_id), channel_name = COALESCE(@ChannelName, channel_name),
                   brief_ts = COALESCE(@BriefTs, brief_ts), feed_ts = COALESCE(@FeedTs, feed_ts)
            WHERE id = @incidentId
            """, ("@incidentId", incidentId), ("@ChannelId", refs.ChannelId), ("@ChannelName", refs.ChannelName),
            ("@BriefTs", refs.BriefTs), ("@FeedTs", refs.FeedTs))), Isolation.RowLocks, ct);

    /// <summary>
    /// Records the channel as the incident's unless another incident holds it already, in one statement: two incidents
    /// that both may have made the same channel (each attempt went unanswered) cannot both take it. False when another has it.
    /// The statement needs no writers' turn: on PostgreSQL, of two claims of one channel at once the later meets the
    /// channel's unique index once the first commits, which is the same answer.
    /// </summary>
    public async Task<bool> TryClaimChannelAsync(long incidentId, string channelId, string channelName, CancellationToken ct = default)
    {
        try
        {
            return await database.InTransactionAsync(tx => Task.FromResult(Statements.Execute(tx, """
                UPDATE incidents SET channel_id = @channelId, channel_name = @channelName
                WHERE id = @incidentId AND NOT EXISTS (SELECT 1 FROM incidents other WHERE other.channel_id = @channelId AND other.id <> @incidentId)
                """, ("@incidentId", incidentId), ("@channelId", channelId), ("@channelName", channelName)) > 0), Isolation.RowLocks, ct);
        }
        catch (DbException ex) when (ex.SqlState == UniqueViolation)
        {
            return false;
        }
    }

    /// <summary>The SQL standard's state for a unique constraint's violation.</summary>
    private const string UniqueViolation = "23505";

    private Task<Incident?> QuerySingleAsync(IDbConnection c, IDbTransaction? tx, string where, (string, object?) arg) =>
        Task.FromResult(Query(c, tx, where, arg).SingleOrDefault());

    /// <summary>
    /// Incidents with their roles, links (either way) and open action-item count, in one statement: an answer that needs
    /// an incident reads it with one query.
    /// </summary>
    private List<Incident> Query(IDbConnection c, IDbTransaction? tx, string where, params ReadOnlySpan<(string, object?)> args) =>
        Statements.Query<IncidentRow>(c, tx, IncidentQueries.GetOrAdd((database.Engine, where), IncidentQuery), args).ConvertAll(r => r.ToIncident());

    /// <summary>The incident query for each engine and condition used, built once.</summary>
    private static readonly ConcurrentDictionary<(DatabaseEngine, string), string> IncidentQueries = new();

    /// <summary>The incident query; lists are joined by each engine's own aggregate (<c>group_concat</c>, <c>string_agg</c>).</summary>
    private static string IncidentQuery((DatabaseEngine Engine, string Where) key)
    {
        var (join, chr) = key.Engine == DatabaseEngine.Postgres ? ("string_agg", "chr") : ("group_concat", "char");
        var where = key.Where;
        return $"""
            SELECT {Columns},
                (SELECT {join}(r.role_key || {chr}({(int)IncidentRow.KeyValueSeparator}) || r.user_id, {chr}({(int)IncidentRow.PairSeparator}))
                  FROM incident_roles r WHERE r.incident_id = i.id) AS role_list,
                (SELECT {join}(CAST(l.related_number AS TEXT), ',') FROM incident_links l WHERE l.incident_id = i.id) AS links_out,
                (SELECT {join}(CAST(src.number AS TEXT), ',') FROM incident_links l JOIN incidents src ON src.id = l.incident_id
                  WHERE l.related_number = i.number) AS links_in,
                (SELECT COUNT(*) FROM action_items a WHERE a.incident_id = i.id AND a.state = 'Open') AS open_actions
            FROM incidents i WHERE {where} ORDER BY i.number
            """;
    }
}
