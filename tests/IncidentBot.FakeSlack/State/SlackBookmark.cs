namespace IncidentBot.FakeSlack;

/// <summary>A channel bookmark added via <c>bookmarks.add</c>.</summary>
public sealed record SlackBookmark(string Id, string ChannelId, string Title, string Type, string? Link, string? Emoji, long Created);
