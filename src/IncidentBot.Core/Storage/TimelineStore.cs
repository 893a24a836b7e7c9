using System.Data;
using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>The incident timeline. A <c>sourceKey</c> (a pinned message, say) is recorded at most once.</summary>
public sealed class TimelineStore(Database database)
{
    /// <summary>Adds an entry in the caller's transaction; false when <paramref name="sourceKey"/> was already recorded.</summary>
    public Task<bool> AddAsync(IDbTransaction tx, TimelineEntry entry, string? sourceKey = null) =>
        Task.FromResult(Statements.Execute(tx, """
            INSERT INTO timeline (incident_id, occurred_at, recorded_at, kind, text, user_id, permalink, source_key)
            VALUES (@IncidentId, @OccurredAt, @RecordedAt, @Kind, @Text, @UserId, @Permalink, @sourceKey)
            ON CONFLICT DO NOTHING
            """,
            ("@IncidentId", entry.IncidentId), ("@OccurredAt", UnixTime.ToUnixMs(entry.OccurredAt)),
            ("@RecordedAt", UnixTime.ToUnixMs(entry.RecordedAt)), ("@Kind", entry.Kind.ToString()), ("@Text", entry.Text),
            ("@UserId", entry.UserId), ("@Permalink", entry.Permalink), ("@sourceKey", sourceKey)) > 0);

    /// <summary>Whether an entry from <paramref name="sourceKey"/> is on the timeline.</summary>
    public Task<bool> HasSourceAsync(string sourceKey, CancellationToken ct = default) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM timeline WHERE source_key = @sourceKey", new { sourceKey }) > 0, ct);

    /// <summary>The timeline in order of occurrence, ties broken by record order.</summary>
    public Task<IReadOnlyList<TimelineEntry>> ListAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyList<TimelineEntry>)(await c.QueryAsync<TimelineRow>("""
            SELECT id, incident_id, occurred_at, recorded_at, kind, text, user_id, permalink
            FROM timeline WHERE incident_id = @incidentId ORDER BY occurred_at, id
            """, new { incidentId })).Select(r => r.ToEntry()).ToList(), ct);

    private sealed class TimelineRow
    {
        public long Id { get; set; }
        public long IncidentId { get; set; }
        public long OccurredAt { get; set; }
        public long RecordedAt { get; set; }
        public string Kind { get; set; } = "";
        public string Text { get; set; } = "";
        public string? UserId { get; set; }
        public string? Permalink { get; set; }

        public TimelineEntry ToEntry() => new(Id, IncidentId, UnixTime.FromUnixMs(OccurredAt), UnixTime.FromUnixMs(RecordedAt),
            Enum.Parse<TimelineKind>(Kind), Text, UserId, Permalink);
    }
}
