namespace IncidentBot.Slack.Api;

/// <summary>The parts of a Slack user object the bot relies on; <see cref="Locale"/> (<c>ru-RU</c>) only when asked for.</summary>
public sealed record SlackUser(string Id, string Name, string? RealName, string? TimeZone, bool IsBot, string? Locale = null);
