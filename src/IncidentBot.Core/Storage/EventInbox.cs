using System.Data;
using Dapper;

namespace IncidentBot.Core.Storage;

/// <summary>Slack event ids already received, so a retried delivery is handled once.</summary>
public sealed class EventInbox
{
    /// <summary>Records the event id in the caller's transaction; false when it was seen before.</summary>
    public async Task<bool> TryRecordAsync(IDbTransaction tx, string eventId, DateTimeOffset now) =>
        await tx.Connection!.ExecuteAsync(
            "INSERT INTO slack_events (event_id, received_at) VALUES (@eventId, @now) ON CONFLICT DO NOTHING",
            new { eventId, now = UnixTime.ToUnixMs(now) }, tx) > 0;
}
