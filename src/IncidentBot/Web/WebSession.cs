namespace IncidentBot.Web;

/// <summary>Who is signed in to the web view: their Slack user and workspace, name, time zone, language, and until when.</summary>
public sealed record WebSession(string UserId, string TeamId, string Name, string Zone, string Language, DateTimeOffset ExpiresAt);
