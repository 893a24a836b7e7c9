namespace IncidentBot.Slack.Api;

/// <summary>A file to share into a channel (optionally into a thread).</summary>
public sealed record FileUpload(
    string Channel,
    string FileName,
    string Title,
    byte[] Content,
    string? InitialComment,
    string? ThreadTs);
