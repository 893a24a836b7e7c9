using System.Data;
using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The <c>alerts</c> table. Reads for Slack work run on their own connection; writes take the caller's transaction
/// (<see cref="Change"/>). Deduplication rests on the unique <c>open_key</c>: an upsert, so two deliveries of one
/// fingerprint at once, on either engine, make one row counted twice.
/// </summary>
public sealed class AlertStore(Database database)
{
    private const string Columns = """
        id, source, fingerprint, status, triage, title, severity_key, description, url, first_fired_at, last_fired_at,
        resolved_at, fire_count, auto_declare, incident_id, acknowledged_by, decided_by, decline_reason, decline_note, triage_ts, received_at, links,
        service
        """;

    public Task<AlertRecord?> GetAsync(long id, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult(Statements.Query<AlertRecord>(c, null, $"SELECT {Columns} FROM alerts WHERE id = @id", ("@id", id)).SingleOrDefault()), ct);

    /// <summary>Alerts linked to the incident, oldest first.</summary>
    public Task<IReadOnlyList<AlertRecord>> ForIncidentAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult<IReadOnlyList<AlertRecord>>(Statements.Query<AlertRecord>(c, null,
            $"SELECT {Columns} FROM alerts WHERE incident_id = @incidentId ORDER BY id", ("@incidentId", incidentId))), ct);

    public Task<long> CountAsync(CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult(Statements.Query<long>(c, null, "SELECT COUNT(*) FROM alerts").Single()), ct);

    /// <summary>Alerts declined from <paramref name="fromMs"/> (inclusive) to <paramref name="toMs"/> (exclusive).</summary>
    public Task<long> CountDeclinedAsync(long fromMs, long toMs, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult(Statements.Query<long>(c, null,
            "SELECT COUNT(*) FROM alerts WHERE triage = 'Declined' AND decided_at >= @fromMs AND decided_at < @toMs",
            ("@fromMs", fromMs), ("@toMs", toMs)).Single()), ct);

    public Task SetTriageTsAsync(long id, string ts, CancellationToken ct = default) =>
        database.InTransactionAsync(tx => Task.FromResult(Statements.Execute(tx,
            "UPDATE alerts SET triage_ts = @ts WHERE id = @id", ("@id", id), ("@ts", ts))), ct);

    internal static AlertRecord? Get(IDbTransaction tx, long id) =>
        Statements.Query<AlertRecord>(tx.Connection!, tx, $"SELECT {Columns} FROM alerts WHERE id = @id", ("@id", id)).SingleOrDefault();

    internal static AlertRecord? FindOpen(IDbTransaction tx, string openKey) =>
        Statements.Query<AlertRecord>(tx.Connection!, tx, $"SELECT {Columns} FROM alerts WHERE open_key = @openKey", ("@openKey", openKey)).SingleOrDefault();

    /// <summary>Frees the key of a row whose incident is closed, so the next firing starts a new item.</summary>
    internal static void ReleaseIfIncidentClosed(IDbTransaction tx, string openKey) =>
        Statements.Execute(tx, """
            UPDATE alerts SET open_key = NULL WHERE open_key = @openKey
              AND incident_id IN (SELECT id FROM incidents WHERE status = 'Resolved')
            """, ("@openKey", openKey));

    /// <summary>Records a firing: a new row counted once, or the open row counted once more. The row as it is now.</summary>
    internal static AlertRecord Fire(IDbTransaction tx, NewAlert alert, DateTimeOffset now)
    {
        var id = Statements.Query<long>(tx.Connection!, tx, """
            INSERT INTO alerts (source, fingerprint, open_key, status, triage, title, severity_key, description, url,
                                first_fired_at, last_fired_at, fire_count, auto_declare, received_at, links, service)
            VALUES (@source, @fingerprint, @openKey, 'Firing', 'Triage', @title, @severityKey, @description, @url,
                    @firedAt, @now, 1, @autoDeclare, @now, @links, @service)
            ON CONFLICT (open_key) DO UPDATE SET fire_count = alerts.fire_count + 1, last_fired_at = excluded.last_fired_at,
                                                 status = 'Firing', resolved_at = NULL
            RETURNING id
            """, ("@source", alert.Source), ("@fingerprint", alert.Fingerprint), ("@openKey", alert.OpenKey), ("@title", alert.Title),
            ("@severityKey", alert.SeverityKey), ("@description", alert.Description), ("@url", alert.Url),
            ("@firedAt", UnixTime.ToUnixMs(alert.FiredAt)), ("@now", UnixTime.ToUnixMs(now)), ("@autoDeclare", alert.AutoDeclare ? 1L : 0L),
            ("@links", AlertLink.Serialize(alert.Links ?? [])), ("@service", alert.Service)).Single();
        return Get(tx, id)!;
    }

    /// <summary>Marks the open row resolved; null when there is none or it was resolved already.</summary>
    internal static AlertRecord? Resolve(IDbTransaction tx, string openKey, DateTimeOffset now)
    {
        var ids = Statements.Query<long>(tx.Connection!, tx,
            "UPDATE alerts SET status = 'Resolved', resolved_at = @now WHERE open_key = @openKey AND status = 'Firing' RETURNING id",
            ("@openKey", openKey), ("@now", UnixTime.ToUnixMs(now)));
        return ids.Count == 0 ? null : Get(tx, ids[0]);
    }

    internal static long FiringForIncident(IDbTransaction tx, long incidentId) =>
        Statements.Query<long>(tx.Connection!, tx, "SELECT COUNT(*) FROM alerts WHERE incident_id = @incidentId AND status = 'Firing'",
            ("@incidentId", incidentId)).Single();

    /// <summary>Ties an undecided alert to the incident; false when it was decided already.</summary>
    internal static bool Attach(IDbTransaction tx, long id, long incidentId, AlertTriage how, string? userId, DateTimeOffset now) =>
        Statements.Execute(tx, """
            UPDATE alerts SET incident_id = @incidentId, triage = @how, decided_by = @userId, decided_at = @now
            WHERE id = @id AND incident_id IS NULL AND triage IN ('Triage', 'Acknowledged')
            """, ("@id", id), ("@incidentId", incidentId), ("@how", how.ToString()), ("@userId", userId), ("@now", UnixTime.ToUnixMs(now))) > 0;

    internal static bool Acknowledge(IDbTransaction tx, long id, string userId, DateTimeOffset now) =>
        Statements.Execute(tx, """
            UPDATE alerts SET triage = 'Acknowledged', acknowledged_by = @userId, acknowledged_at = @now
            WHERE id = @id AND triage = 'Triage'
            """, ("@id", id), ("@userId", userId), ("@now", UnixTime.ToUnixMs(now))) > 0;

    /// <summary>Declines an undecided alert and frees its key; false when it was decided already.</summary>
    internal static bool Decline(IDbTransaction tx, long id, string userId, string reason, string? note, DateTimeOffset now) =>
        Statements.Execute(tx, """
            UPDATE alerts SET triage = 'Declined', decided_by = @userId, decided_at = @now, decline_reason = @reason, decline_note = @note,
                              open_key = NULL
            WHERE id = @id AND triage IN ('Triage', 'Acknowledged')
            """, ("@id", id), ("@userId", userId), ("@reason", reason), ("@note", note), ("@now", UnixTime.ToUnixMs(now))) > 0;

    /// <summary>The one "fired again (×N)" entry per alert on its incident's timeline: added once, then rewritten.</summary>
    internal static void UpsertAgainEntry(IDbTransaction tx, long incidentId, long alertId, string text, DateTimeOffset now) =>
        Statements.Execute(tx, """
            INSERT INTO timeline (incident_id, occurred_at, recorded_at, kind, text, user_id, permalink, source_key)
            VALUES (@incidentId, @now, @now, 'AlertFiredAgain', @text, NULL, NULL, @key)
            ON CONFLICT (source_key) DO UPDATE SET text = excluded.text, occurred_at = excluded.occurred_at, recorded_at = excluded.recorded_at
            """, ("@incidentId", incidentId), ("@now", UnixTime.ToUnixMs(now)), ("@text", text), ("@key", AlertKeys.AgainEntry(alertId)));

    /// <summary>Queues work for the alert unless the same work is already waiting; whether it was queued now.</summary>
    internal static bool QueueWaiting(IDbTransaction tx, string kind, long alertId, DateTimeOffset now) =>
        Statements.Execute(tx, """
            INSERT INTO outbox (kind, incident_id, payload, status, attempts, next_attempt_at, created_at)
            SELECT @kind, NULL, @payload, 'pending', 0, @now, @now
            WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE kind = @kind AND payload = @payload AND status = 'pending')
            """, ("@kind", kind), ("@payload", alertId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("@now", UnixTime.ToUnixMs(now))) > 0;
}
