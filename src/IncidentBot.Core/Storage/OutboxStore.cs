using System.Data;
using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The durable queue of Slack work. Items are enqueued in the same transaction as the state change that needs them,
/// claimed one incident at a time (work for one incident runs in order) under this process's <see cref="WorkLease"/>,
/// and completed, retried or failed by the holder of the claim. On PostgreSQL several replicas claim from the one queue:
/// each claim locks the rows it takes and passes over rows another replica is taking (<c>FOR UPDATE SKIP LOCKED</c>),
/// and work whose holder died is claimed again once its lease has run out (looked for once per quarter lease).
/// </summary>
public sealed class OutboxStore(Database database, WorkLease lease)
{
    public OutboxStore(Database database)
        : this(database, WorkLease.ForThisProcess())
    {
    }

    private long _abandonedCheckDue;

    public WorkLease Lease => lease;

    /// <summary>Enqueues work; a repeated <paramref name="dedupeKey"/> is ignored. Returns whether it was added.</summary>
    public Task<bool> EnqueueAsync(IDbTransaction tx, string kind, long? incidentId, string payload, DateTimeOffset now, string? dedupeKey = null) =>
        Task.FromResult(Statements.Execute(tx, """
            INSERT INTO outbox (kind, incident_id, payload, status, attempts, next_attempt_at, created_at, dedupe_key)
            VALUES (@kind, @incidentId, @payload, 'pending', 0, @now, @now, @dedupeKey)
            ON CONFLICT DO NOTHING
            """, ("@kind", kind), ("@incidentId", incidentId), ("@payload", payload), ("@now", UnixTime.ToUnixMs(now)),
            ("@dedupeKey", dedupeKey)) > 0);

    /// <summary>
    /// Enqueues work under <paramref name="dedupeKey"/>, or puts finished work under that key (done or failed) back in
    /// the queue, due now with its attempts reset; work waiting or running under the key is left alone. For work whose
    /// handler is safe to run again and decides for itself whether anything is left to do. Returns whether it was queued.
    /// </summary>
    public Task<bool> EnqueueOrReopenAsync(IDbTransaction tx, string kind, long? incidentId, string payload, DateTimeOffset now, string dedupeKey) =>
        Task.FromResult(Statements.Execute(tx, """
            INSERT INTO outbox (kind, incident_id, payload, status, attempts, next_attempt_at, created_at, dedupe_key)
            VALUES (@kind, @incidentId, @payload, 'pending', 0, @now, @now, @dedupeKey)
            ON CONFLICT (dedupe_key) DO UPDATE SET status = 'pending', attempts = 0, next_attempt_at = excluded.next_attempt_at,
                created_at = excluded.created_at, last_error = NULL, claimed_by = NULL, lease_until = NULL
            WHERE outbox.status IN ('done', 'failed')
            """, ("@kind", kind), ("@incidentId", incidentId), ("@payload", payload), ("@now", UnixTime.ToUnixMs(now)),
            ("@dedupeKey", dedupeKey)) > 0);

    /// <summary>
    /// Queues work of <paramref name="kind"/> for the incident unless one is already waiting. Such work acts on the state
    /// current when it runs, so one pending item covers any number of changes.
    /// </summary>
    public Task<int> EnqueueCoalescedAsync(IDbTransaction tx, string kind, long incidentId, DateTimeOffset now) =>
        Task.FromResult(Statements.Execute(tx, CoalesceSql, ("@kind", kind), ("@incidentId", incidentId), ("@now", UnixTime.ToUnixMs(now))));

    /// <summary>Queues work unless the incident has work of its kind waiting: found by the incident's index.</summary>
    internal const string CoalesceSql = """
        INSERT INTO outbox (kind, incident_id, payload, status, attempts, next_attempt_at, created_at)
        SELECT @kind, @incidentId, '{}', 'pending', 0, @now, @now
        WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE kind = @kind AND incident_id = @incidentId AND status = 'pending')
        """;

    /// <summary>
    /// Due work in the order it fell due: one walk of the due index that stops at the limit, with no sort, so a claim
    /// stays cheap however long the queue grows (it holds the write lock that acknowledgements wait on). Work that was
    /// queued behind an item when it was deferred or retried is moved to the same time
    /// (<see cref="HoldBackLaterWorkAsync"/>), so the walk does not pass over it each time; work queued for that incident
    /// afterwards, or behind an item that is running, is still due and passed over until its turn.
    /// </summary>
    internal const string DueSql = DueSelect + DueOrder;

    /// <summary>
    /// Due set-up of declared incidents, under the same rules as <see cref="DueSql"/>: one walk of a partial index that
    /// holds only that kind of work, which finds nothing at once when none is waiting. The kind is written into the
    /// statement, not passed, so the planner may use that index; and no other statement can (an index that led with
    /// the kind drew the coalescing check of <see cref="EnqueueCoalescedAsync"/> off the incident's index, into a walk of
    /// every waiting item of a kind).
    /// </summary>
    internal const string DueSetUpSql = DueSelect + "  AND o.kind = '" + WorkKinds.ProvisionIncident + "'\n" + DueOrder;

    private const string DueSelect = """
        SELECT o.id, o.kind, o.incident_id, o.payload, o.attempts, o.created_at FROM outbox o
        WHERE o.status = 'pending' AND o.next_attempt_at <= @now
          AND (o.incident_id IS NULL OR (
                NOT EXISTS (SELECT 1 FROM outbox r WHERE r.status = 'running' AND r.incident_id = o.incident_id)
            AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.status = 'pending' AND e.incident_id = o.incident_id AND e.id < o.id)))

        """;

    private const string DueOrder = "ORDER BY o.next_attempt_at, o.id LIMIT @max";

    /// <summary>
    /// Work whose holder stopped renewing its claim (the process died while running it): the incident's earliest, as
    /// nothing of the incident's was claimed after it. Found among the few running items by the due index.
    /// </summary>
    internal const string AbandonedSql = """
        SELECT o.id, o.kind, o.incident_id, o.payload, o.attempts, o.created_at FROM outbox o
        WHERE o.status = 'running' AND o.lease_until < @now
        ORDER BY o.id LIMIT @max
        """;

    private const string RowLocks = " FOR UPDATE OF o SKIP LOCKED";

    /// <summary>
    /// Claims up to <paramref name="max"/> due items, at most one per incident and none for an incident with work running.
    /// </summary>
    public Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(DateTimeOffset now, int max, CancellationToken ct = default) =>
        ClaimDueAsync(now, new ClaimLimits(max, max, SetUpFirst: false), ct);

    /// <summary>
    /// Claims due work under the same rules, with the limits <paramref name="limits"/> names: up to
    /// <see cref="ClaimLimits.Max"/> items in all, the set-up of declared incidents first if
    /// <see cref="ClaimLimits.SetUpFirst"/>, and at most <see cref="ClaimLimits.Others"/> items of other work.
    /// </summary>
    public Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(DateTimeOffset now, ClaimLimits limits, CancellationToken ct = default)
    {
        var locks = database.Engine == DatabaseEngine.Postgres ? RowLocks : "";
        return database.InTransactionAsync(tx =>
        {
            var at = UnixTime.ToUnixMs(now);
            var items = new List<OutboxItem>();

            // Each query's items are marked running before the next query, which so cannot find them again.
            void Take(List<OutboxItem> found)
            {
                foreach (var item in found)
                {
                    Statements.Execute(tx, """
                        UPDATE outbox SET status = 'running', attempts = attempts + 1, claimed_by = @holder, lease_until = @until WHERE id = @Id
                        """, ("@Id", item.Id), ("@holder", lease.Holder), ("@until", at + (long)lease.Duration.TotalMilliseconds));
                    items.Add(item with { Attempts = item.Attempts + 1 });
                }
            }

            if (LooksForAbandoned(at))
            {
                Take(Statements.Query<OutboxItem>(tx.Connection!, tx, AbandonedSql + locks, ("@now", at), ("@max", limits.Max)));
                if (items.Count == limits.Max)
                {
                    // More may be waiting: look again at the next claim.
                    Interlocked.Exchange(ref _abandonedCheckDue, 0);
                }
            }

            if (limits.SetUpFirst && items.Count < limits.Max)
            {
                Take(Statements.Query<OutboxItem>(tx.Connection!, tx, DueSetUpSql + locks, ("@now", at), ("@max", limits.Max - items.Count)));
            }

            var others = Math.Min(limits.Others, limits.Max - items.Count);
            if (others > 0)
            {
                Take(Statements.Query<OutboxItem>(tx.Connection!, tx, DueSql + locks, ("@now", at), ("@max", others)));
            }

            return Task.FromResult<IReadOnlyList<OutboxItem>>(items);
        }, Isolation.RowLocks, ct);
    }

    /// <summary>
    /// Whether this claim looks for abandoned work: once per <see cref="WorkLease.RenewEvery"/>, not at every claim (a busy
    /// queue claims dozens of times a second, and work is abandoned only when a process dies). Work whose lease ran out is
    /// so taken over at most a quarter of a lease later than it could be.
    /// </summary>
    private bool LooksForAbandoned(long at)
    {
        var due = Interlocked.Read(ref _abandonedCheckDue);
        return at >= due && Interlocked.CompareExchange(ref _abandonedCheckDue, at + (long)lease.RenewEvery.TotalMilliseconds, due) == due;
    }

    /// <summary>Extends this process's claims on the work it is running, so no other process takes it meanwhile.</summary>
    public Task<int> RenewLeaseAsync(DateTimeOffset now, CancellationToken ct = default) =>
        database.InTransactionAsync(tx => Task.FromResult(Statements.Execute(tx,
            "UPDATE outbox SET lease_until = @until WHERE status = 'running' AND claimed_by = @holder",
            ("@holder", lease.Holder), ("@until", UnixTime.ToUnixMs(now) + (long)lease.Duration.TotalMilliseconds))), Isolation.RowLocks, ct);

    public Task CompleteAsync(long id, CancellationToken ct = default) => SetStatusAsync(id, "done", null, null, ct);

    public Task RetryLaterAsync(long id, DateTimeOffset at, string error, CancellationToken ct = default) =>
        database.InTransactionAsync(async tx =>
        {
            await SetStatusAsync(tx, id, "pending", at, error);
            await HoldBackLaterWorkAsync(tx, id, at);
        }, Isolation.RowLocks, ct);

    /// <summary>Puts claimed work back until <paramref name="at"/> without counting the claim as an attempt.</summary>
    public Task DeferAsync(long id, DateTimeOffset at, CancellationToken ct = default) =>
        database.InTransactionAsync(async tx =>
        {
            await tx.Connection!.ExecuteAsync(
                $"UPDATE outbox SET status = 'pending', next_attempt_at = @at, attempts = attempts - 1 WHERE id = @id AND {Held}",
                new { id, at = UnixTime.ToUnixMs(at), holder = lease.Holder }, tx);
            await HoldBackLaterWorkAsync(tx, id, at);
        }, Isolation.RowLocks, ct);

    /// <summary>
    /// The incident's later work cannot run before <paramref name="id"/> does, so it falls due no earlier: claims then
    /// skip it by the due index instead of finding it blocked on every pass.
    /// </summary>
    private static Task<int> HoldBackLaterWorkAsync(IDbTransaction tx, long id, DateTimeOffset at) =>
        tx.Connection!.ExecuteAsync("""
            UPDATE outbox SET next_attempt_at = @at
            WHERE status = 'pending' AND id > @id AND next_attempt_at < @at
              AND incident_id = (SELECT incident_id FROM outbox WHERE id = @id)
            """, new { id, at = UnixTime.ToUnixMs(at) }, tx);

    public Task FailAsync(long id, string error, CancellationToken ct = default) => SetStatusAsync(id, "failed", null, error, ct);

    /// <summary>Puts the work this process holds back in the queue, due at once: the process is stopping.</summary>
    public Task<int> ReleaseAsync(CancellationToken ct = default) =>
        database.InTransactionAsync(tx => Task.FromResult(Statements.Execute(tx,
            "UPDATE outbox SET status = 'pending', claimed_by = NULL, lease_until = NULL WHERE status = 'running' AND claimed_by = @holder",
            ("@holder", lease.Holder))), Isolation.RowLocks, ct);

    /// <summary>
    /// At start on SQLite, work that was running when the process died is due again at once: the file has one process.
    /// On PostgreSQL other replicas may be running theirs, so work is left to its lease (<see cref="AbandonedSql"/>).
    /// </summary>
    public Task<int> RequeueRunningAsync(CancellationToken ct = default) =>
        database.Engine == DatabaseEngine.Postgres
            ? Task.FromResult(0)
            : database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync("UPDATE outbox SET status = 'pending' WHERE status = 'running'", transaction: tx), ct);

    public Task<long> CountAsync(string status, CancellationToken ct = default) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE status = @status", new { status }), ct);

    /// <summary>
    /// Work waiting or running, and the time the oldest of it was queued: one walk of the (status, created_at) index, which
    /// counts without reading a row, so it stays cheap however long the queue grows.
    /// </summary>
    public Task<QueueDepth> DepthAsync(CancellationToken ct = default) =>
        database.ReadAsync(async c =>
        {
            var rows = (await c.QueryAsync<(string Status, long Items, long Oldest)>("""
                SELECT status, COUNT(*), MIN(created_at) FROM outbox WHERE status IN ('pending', 'running') GROUP BY status
                """)).ToList();
            long Count(string status) => rows.Where(r => r.Status == status).Sum(r => r.Items);
            return new QueueDepth(Count("pending"), Count("running"), rows.Count == 0 ? null : UnixTime.FromUnixMs(rows.Min(r => r.Oldest)));
        }, ct);

    /// <summary>The earliest time pending work is due, if any.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct = default) =>
        database.ReadAsync(async c => UnixTime.FromUnixMs(
            await c.ExecuteScalarAsync<long?>("SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'")), ct);

    /// <summary>
    /// The condition that this process holds the claim on an item: a process whose lease ran out (it was stopped for
    /// longer than the lease) and whose work was claimed by another does not then mark that work done or pending.
    /// </summary>
    private const string Held = "(claimed_by IS NULL OR claimed_by = @holder)";

    private Task<int> SetStatusAsync(long id, string status, DateTimeOffset? nextAt, string? error, CancellationToken ct) =>
        database.InTransactionAsync(tx => SetStatusAsync(tx, id, status, nextAt, error), Isolation.RowLocks, ct);

    private Task<int> SetStatusAsync(IDbTransaction tx, long id, string status, DateTimeOffset? nextAt, string? error) =>
        Task.FromResult(Statements.Execute(tx, $"""
            UPDATE outbox SET status = @status, next_attempt_at = COALESCE(@nextAt, next_attempt_at), last_error = @error
            WHERE id = @id AND {Held}
            """, ("@id", id), ("@status", status), ("@nextAt", UnixTime.ToUnixMs(nextAt)), ("@error", error), ("@holder", lease.Holder)));
}
