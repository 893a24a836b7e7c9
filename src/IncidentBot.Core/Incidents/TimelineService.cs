using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Entries people add to the timeline themselves: notes (optionally back-dated) and messages they pin or mark.
/// Neither changes the incident's state, so neither queues a brief refresh.
/// </summary>
public sealed class TimelineService(Changes changes, TimelineStore timeline)
{
    /// <summary>Adds a note by <paramref name="userId"/>, occurring at <paramref name="occurredAt"/> (now when null).</summary>
    public Task<TimelineEntry> AddNoteAsync(long incidentId, string userId, string text, DateTimeOffset? occurredAt, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var entry = new TimelineEntry(0, incidentId, occurredAt ?? change.Now, change.Now, TimelineKind.Note, text, userId);
            await change.AddToTimelineAsync(entry);
            return entry;
        }, ct);

    /// <summary>Records a message at its own time; false when that message is already on the timeline.</summary>
    public Task<bool> RecordMessageAsync(RecordedMessage message, CancellationToken ct = default) =>
        changes.RunAsync(change => change.AddToTimelineAsync(
            new TimelineEntry(0, message.IncidentId, message.PostedAt, change.Now, TimelineKind.PinnedMessage, message.Text, message.Author, message.Permalink),
            message.SourceKey), ct);

    /// <summary>Whether the message is already on the timeline (lets handlers skip Slack calls for a repeat).</summary>
    public Task<bool> HasMessageAsync(string channel, string ts, CancellationToken ct = default) =>
        timeline.HasSourceAsync($"msg:{channel}:{ts}", ct);
}
