using System.Data;
using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>The <c>incident_cadence</c> row of each incident, with the latest reopening read from the timeline.</summary>
public sealed class CadenceStore(Database database)
{
    private const string Select = """
        SELECT i.id AS incident_id, c.anchor_at, COALESCE(c.missed, 0) AS missed, c.last_reminder_at, c.snoozed_until,
               c.promised_at, COALESCE(c.escalated, 0) AS escalated, c.monitoring_since, c.soak_announced_for, COALESCE(c.role_reminders, 0) AS role_reminders,
               c.last_role_reminder_at, c.assessed_at, c.assessment_reminded_at,
               (SELECT MAX(t.occurred_at) FROM timeline t WHERE t.incident_id = i.id AND t.kind = 'Reopened') AS reopened_at
        FROM incidents i LEFT JOIN incident_cadence c ON c.incident_id = i.id
        WHERE i.id = @incidentId
        """;

    /// <summary>The incident's cadence; a compiled statement, as <c>/incident status</c> shows it in the brief.</summary>
    public Task<CadenceState> GetAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult(Get(c, null, incidentId)), ct);

    public Task<CadenceState> GetAsync(IDbTransaction tx, long incidentId) => Task.FromResult(Get(tx.Connection!, tx, incidentId));

    private static CadenceState Get(IDbConnection connection, IDbTransaction? tx, long incidentId) =>
        ToState(Statements.Query<CadenceRow>(connection, tx, Select, ("@incidentId", incidentId)).SingleOrDefault(), incidentId);

    public Task SaveAsync(IDbTransaction tx, CadenceState state) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO incident_cadence (incident_id, anchor_at, missed, last_reminder_at, snoozed_until, promised_at, escalated,
                                          monitoring_since, soak_announced_for, role_reminders, last_role_reminder_at,
                                          assessed_at, assessment_reminded_at)
            VALUES (@IncidentId, @AnchorAt, @Missed, @LastReminderAt, @SnoozedUntil, @PromisedAt, @Escalated,
                    @MonitoringSince, @SoakAnnouncedFor, @RoleReminders, @LastRoleReminderAt, @AssessedAt, @AssessmentRemindedAt)
            ON CONFLICT (incident_id) DO UPDATE SET
                anchor_at = excluded.anchor_at, missed = excluded.missed, last_reminder_at = excluded.last_reminder_at,
                snoozed_until = excluded.snoozed_until, promised_at = excluded.promised_at, escalated = excluded.escalated,
                monitoring_since = excluded.monitoring_since, soak_announced_for = excluded.soak_announced_for,
                role_reminders = excluded.role_reminders, last_role_reminder_at = excluded.last_role_reminder_at,
                assessed_at = excluded.assessed_at, assessment_reminded_at = excluded.assessment_reminded_at
            """, new
        {
            state.IncidentId,
            AnchorAt = UnixTime.ToUnixMs(state.AnchorAt),
            state.Missed,
            LastReminderAt = UnixTime.ToUnixMs(state.LastReminderAt),
            SnoozedUntil = UnixTime.ToUnixMs(state.SnoozedUntil),
            PromisedAt = UnixTime.ToUnixMs(state.PromisedAt),
            state.Escalated,
            MonitoringSince = UnixTime.ToUnixMs(state.MonitoringSince),
            SoakAnnouncedFor = UnixTime.ToUnixMs(state.SoakAnnouncedFor),
            state.RoleReminders,
            LastRoleReminderAt = UnixTime.ToUnixMs(state.LastRoleReminderAt),
            AssessedAt = UnixTime.ToUnixMs(state.AssessedAt),
            AssessmentRemindedAt = UnixTime.ToUnixMs(state.AssessmentRemindedAt),
        }, tx);

    private static CadenceState ToState(CadenceRow? row, long incidentId) => row?.ToState() ?? new CadenceState { IncidentId = incidentId };

    private sealed class CadenceRow
    {
        public long IncidentId { get; set; }
        public long? AnchorAt { get; set; }
        public long Missed { get; set; }
        public long? LastReminderAt { get; set; }
        public long? SnoozedUntil { get; set; }
        public long? PromisedAt { get; set; }
        public long Escalated { get; set; }
        public long? MonitoringSince { get; set; }
        public long? SoakAnnouncedFor { get; set; }
        public long RoleReminders { get; set; }
        public long? LastRoleReminderAt { get; set; }
        public long? AssessedAt { get; set; }
        public long? AssessmentRemindedAt { get; set; }
        public long? ReopenedAt { get; set; }

        public CadenceState ToState() => new()
        {
            IncidentId = IncidentId,
            AnchorAt = UnixTime.FromUnixMs(AnchorAt),
            Missed = (int)Missed,
            LastReminderAt = UnixTime.FromUnixMs(LastReminderAt),
            SnoozedUntil = UnixTime.FromUnixMs(SnoozedUntil),
            PromisedAt = UnixTime.FromUnixMs(PromisedAt),
            Escalated = (int)Escalated,
            MonitoringSince = UnixTime.FromUnixMs(MonitoringSince),
            SoakAnnouncedFor = UnixTime.FromUnixMs(SoakAnnouncedFor),
            RoleReminders = (int)RoleReminders,
            LastRoleReminderAt = UnixTime.FromUnixMs(LastRoleReminderAt),
            AssessedAt = UnixTime.FromUnixMs(AssessedAt),
            AssessmentRemindedAt = UnixTime.FromUnixMs(AssessmentRemindedAt),
            ReopenedAt = UnixTime.FromUnixMs(ReopenedAt),
        };
    }
}
