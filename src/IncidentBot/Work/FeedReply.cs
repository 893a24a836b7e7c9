namespace IncidentBot.Work;

/// <summary>A copy of one of the incident's messages, for its feed headline's thread.</summary>
public sealed record FeedReply(long IncidentId, string Key, string EventType, string Text, string BlocksJson);
