namespace IncidentBot.Web;

/// <summary>Who Slack says signed in: their user and workspace ids, name and locale.</summary>
public sealed record OpenIdPerson(string UserId, string TeamId, string? Name, string? Locale);
