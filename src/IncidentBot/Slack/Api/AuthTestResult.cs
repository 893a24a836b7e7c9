namespace IncidentBot.Slack.Api;

/// <summary>Who the bot token belongs to, from <c>auth.test</c>.</summary>
public sealed record AuthTestResult(string UserId, string TeamId, string? BotId);
