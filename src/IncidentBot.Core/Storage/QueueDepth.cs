namespace IncidentBot.Core.Storage;

/// <summary>How much Slack work is queued: waiting (due or not yet), being run, and when the oldest of them was queued.</summary>
public sealed record QueueDepth(long Pending, long Running, DateTimeOffset? OldestQueuedAt);
