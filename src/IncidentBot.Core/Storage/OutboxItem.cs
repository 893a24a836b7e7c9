namespace IncidentBot.Core.Storage;

/// <summary>
/// One durable unit of Slack work: its kind, the incident it belongs to and a JSON payload; <see cref="CreatedAt"/>
/// (Unix ms) is when it was queued.
/// </summary>
public sealed record OutboxItem(long Id, string Kind, long? IncidentId, string Payload, long Attempts, long CreatedAt);
