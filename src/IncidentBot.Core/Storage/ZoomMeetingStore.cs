using Dapper;

namespace IncidentBot.Core.Storage;

/// <summary>The Zoom meeting each incident's bridge is: one per incident, kept once created so a retry never creates two.</summary>
public sealed class ZoomMeetingStore(Database database)
{
    /// <summary>The link to join the incident's meeting; null when it has none.</summary>
    public Task<string?> JoinUrlAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(c => c.QueryFirstOrDefaultAsync<string?>("SELECT join_url FROM zoom_meetings WHERE incident_id = @incidentId", new { incidentId }), ct);

    public Task SaveAsync(long incidentId, string meetingId, string joinUrl, DateTimeOffset now, CancellationToken ct = default) =>
        database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync("""
            INSERT INTO zoom_meetings (incident_id, meeting_id, join_url, created_at) VALUES (@incidentId, @meetingId, @joinUrl, @at)
            ON CONFLICT (incident_id) DO NOTHING
            """, new { incidentId, meetingId, joinUrl, at = UnixTime.ToUnixMs(now) }, tx), ct);
}
