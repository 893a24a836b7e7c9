namespace IncidentBot.FakeSlack;

/// <summary>A version of a message before a <c>chat.update</c> replaced it.</summary>
public sealed record SlackMessageEdit(string Text, string? BlocksJson, DateTimeOffset ReplacedAt);
