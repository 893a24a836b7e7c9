using System.Data;
using Dapper;
using IncidentBot.Core.Stakeholders;

namespace IncidentBot.Core.Storage;

/// <summary>The <c>stakeholder_clocks</c> row of each incident; no row reads as nothing sent yet.</summary>
public sealed class StakeholderStore(Database database)
{
    private const string Select = """
        SELECT incident_id, sent, last_sent_at, missed, last_reminder_at, escalated, resolution_sent, tickets_stopped_at
        FROM stakeholder_clocks WHERE incident_id = @incidentId
        """;

    public Task<StakeholderState> GetAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult(Get(c, null, incidentId)), ct);

    public Task<StakeholderState> GetAsync(IDbTransaction tx, long incidentId) => Task.FromResult(Get(tx.Connection!, tx, incidentId));

    private static StakeholderState Get(IDbConnection connection, IDbTransaction? tx, long incidentId) =>
        Statements.Query<StakeholderRow>(connection, tx, Select, ("@incidentId", incidentId)).SingleOrDefault()?.ToState()
            ?? new StakeholderState { IncidentId = incidentId };

    public Task SaveAsync(IDbTransaction tx, StakeholderState state) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO stakeholder_clocks (incident_id, sent, last_sent_at, missed, last_reminder_at, escalated, resolution_sent, tickets_stopped_at)
            VALUES (@IncidentId, @Sent, @LastSentAt, @Missed, @LastReminderAt, @Escalated, @ResolutionSent, @TicketsStoppedAt)
            ON CONFLICT (incident_id) DO UPDATE SET
                sent = excluded.sent, last_sent_at = excluded.last_sent_at, missed = excluded.missed,
                last_reminder_at = excluded.last_reminder_at, escalated = excluded.escalated,
                resolution_sent = excluded.resolution_sent, tickets_stopped_at = excluded.tickets_stopped_at
            """, new
        {
            state.IncidentId,
            Sent = (long)state.Sent,
            LastSentAt = UnixTime.ToUnixMs(state.LastSentAt),
            Missed = (long)state.Missed,
            LastReminderAt = UnixTime.ToUnixMs(state.LastReminderAt),
            Escalated = (long)state.Escalated,
            ResolutionSent = (long)state.ResolutionSent,
            TicketsStoppedAt = UnixTime.ToUnixMs(state.TicketsStoppedAt),
        }, tx);

    private sealed class StakeholderRow
    {
        public long IncidentId { get; set; }
        public long Sent { get; set; }
        public long? LastSentAt { get; set; }
        public long Missed { get; set; }
        public long? LastReminderAt { get; set; }
        public long Escalated { get; set; }
        public long ResolutionSent { get; set; }
        public long? TicketsStoppedAt { get; set; }

        public StakeholderState ToState() => new()
        {
            IncidentId = IncidentId,
            Sent = (int)Sent,
            LastSentAt = UnixTime.FromUnixMs(LastSentAt),
            Missed = (int)Missed,
            LastReminderAt = UnixTime.FromUnixMs(LastReminderAt),
            Escalated = (int)Escalated,
            ResolutionSent = (int)ResolutionSent,
            TicketsStoppedAt = UnixTime.FromUnixMs(TicketsStoppedAt),
        };
    }
}
