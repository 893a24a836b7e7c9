namespace IncidentBot.Slack.Api;

/// <summary>The parts of a Slack conversation object the bot relies on.</summary>
public sealed record SlackChannel(string Id, string Name, bool IsPrivate, string? Creator, bool IsArchived);
