namespace IncidentBot.Slack.Api;

/// <summary>The parts of a Slack user object the bot relies on.</summary>
public sealed record SlackUser(string Id, string Name, string? RealName, string? TimeZone, bool IsBot);
