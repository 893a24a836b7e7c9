namespace IncidentBot.Slack.Api;

/// <summary>One page of <c>conversations.list</c>; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ChannelPage(IReadOnlyList<SlackChannel> Channels, string? NextCursor)
{
    /// <summary>Channels asked for per page: Slack's largest, so a scan of a big workspace takes the fewest calls.</summary>
    public const int Size = 1000;
}
