using Dapper;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Entries people add to the timeline themselves: notes (optionally back-dated) and messages they pin or mark.
/// Neither changes the incident's state, so neither queues a brief refresh.
/// </summary>
public sealed class TimelineService(Database database, TimelineStore timeline, TimeProvider time)
{
    /// <summary>Adds a note by <paramref name="userId"/>, occurring at <paramref name="occurredAt"/> (now when null).</summary>
    public async Task<TimelineEntry> AddNoteAsync(long incidentId, string userId, string text, DateTimeOffset? occurredAt, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var entry = new TimelineEntry(0, incidentId, occurredAt ?? now, now, TimelineKind.Note, text, userId);
        await database.InTransactionAsync(tx => timeline.AddAsync(tx, entry), ct);
        return entry;
    }

    /// <summary>Records a message at its own time; false when that message is already on the timeline.</summary>
    public Task<bool> RecordMessageAsync(RecordedMessage message, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var entry = new TimelineEntry(0, message.IncidentId, message.PostedAt, now, TimelineKind.PinnedMessage, message.Text,
            message.Author, message.Permalink);
        return database.InTransactionAsync(tx => timeline.AddAsync(tx, entry, message.SourceKey), ct);
    }

    /// <summary>Whether the message is already on the timeline (lets handlers skip Slack calls for a repeat).</summary>
    public Task<bool> HasMessageAsync(string channel, string ts, CancellationToken ct = default) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM timeline WHERE source_key = @key", new { key = $"msg:{channel}:{ts}" }) > 0, ct);
}
