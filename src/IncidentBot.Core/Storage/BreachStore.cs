using System.Data;
using Dapper;
using IncidentBot.Core.Breaches;

namespace IncidentBot.Core.Storage;

/// <summary>The <c>breach_clocks</c> row of each incident with a breach clock; no row reads as a clock nothing has happened on.</summary>
public sealed class BreachStore(Database database)
{
    private const string Select = """
        SELECT incident_id, reminders_sent, deadline_announced_at, decision, decided_by, decided_at, details
        FROM breach_clocks WHERE incident_id = @incidentId
        """;

    public Task<BreachState> GetAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult(Get(c, null, incidentId)), ct);

    public Task<BreachState> GetAsync(IDbTransaction tx, long incidentId) => Task.FromResult(Get(tx.Connection!, tx, incidentId));

    private static BreachState Get(IDbConnection connection, IDbTransaction? tx, long incidentId) =>
        Statements.Query<BreachRow>(connection, tx, Select, ("@incidentId", incidentId)).SingleOrDefault()?.ToState()
            ?? new BreachState { IncidentId = incidentId };

    public Task SaveAsync(IDbTransaction tx, BreachState state) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO breach_clocks (incident_id, reminders_sent, deadline_announced_at, decision, decided_by, decided_at, details)
            VALUES (@IncidentId, @RemindersSent, @DeadlineAnnouncedAt, @Decision, @DecidedBy, @DecidedAt, @Details)
            ON CONFLICT (incident_id) DO UPDATE SET
                reminders_sent = excluded.reminders_sent, deadline_announced_at = excluded.deadline_announced_at,
                decision = excluded.decision, decided_by = excluded.decided_by, decided_at = excluded.decided_at,
                details = excluded.details
            """, new
        {
            state.IncidentId,
            RemindersSent = (long)state.RemindersSent,
            DeadlineAnnouncedAt = UnixTime.ToUnixMs(state.DeadlineAnnouncedAt),
            Decision = state.Decision is { } d ? BreachRow.Stored(d) : null,
            state.DecidedBy,
            DecidedAt = UnixTime.ToUnixMs(state.DecidedAt),
            state.Details,
        }, tx);

    private sealed class BreachRow
    {
        public long IncidentId { get; set; }
        public long RemindersSent { get; set; }
        public long? DeadlineAnnouncedAt { get; set; }
        public string? Decision { get; set; }
        public string? DecidedBy { get; set; }
        public long? DecidedAt { get; set; }
        public string? Details { get; set; }

        public static string Stored(BreachDecision decision) => decision == BreachDecision.Notified ? "notified" : "not_required";

        public BreachState ToState() => new()
        {
            IncidentId = IncidentId,
            RemindersSent = (int)RemindersSent,
            DeadlineAnnouncedAt = UnixTime.FromUnixMs(DeadlineAnnouncedAt),
            Decision = Decision switch { "notified" => BreachDecision.Notified, "not_required" => BreachDecision.NotRequired, _ => null },
            DecidedBy = DecidedBy,
            DecidedAt = UnixTime.FromUnixMs(DecidedAt),
            Details = Details,
        };
    }
}
