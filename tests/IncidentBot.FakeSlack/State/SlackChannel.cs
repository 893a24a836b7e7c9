using System.Collections.Immutable;

namespace IncidentBot.FakeSlack;

/// <summary>A snapshot of one conversation.</summary>
public sealed record SlackChannel(
    string Id,
    string Name,
    bool IsPrivate,
    string Creator,
    long Created,
    SlackChannelText Topic,
    SlackChannelText Purpose,
    ImmutableList<string> Members,
    bool IsArchived)
{
    public bool HasMember(string userId) => Members.Contains(userId);
}
