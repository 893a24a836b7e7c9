namespace IncidentBot.FakeSlack;

/// <summary>A workspace member known to the fake.</summary>
public sealed record SlackUser(string Id, string Name, string RealName, string Tz, bool IsBot, string? Locale = null, string? Email = null);
