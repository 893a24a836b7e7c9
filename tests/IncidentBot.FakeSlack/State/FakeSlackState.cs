using System.Collections.Immutable;

namespace IncidentBot.FakeSlack;

/// <summary>
/// Everything the fake workspace holds. Reads return immutable snapshots and are safe from any thread;
/// the server mutates it only while holding <see cref="Gate"/>.
/// </summary>
public sealed class FakeSlackState
{
    internal Lock Gate { get; } = new();

    internal Dictionary<string, SlackChannel> ChannelsById { get; } = new(StringComparer.Ordinal);

    internal List<string> ChannelOrder { get; } = [];

    internal Dictionary<string, List<SlackMessage>> MessagesByChannel { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ImmutableList<string>> PinsByChannel { get; } = new(StringComparer.Ordinal);

    internal List<SlackBookmark> BookmarkList { get; } = [];

    internal List<SlackEphemeral> EphemeralList { get; } = [];

    internal Dictionary<string, SlackView> ViewsById { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, SlackView> HomeViewsByUser { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, SlackUser> UsersById { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, SlackFile> FilesById { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ImmutableList<string>> UserGroupsById { get; } = new(StringComparer.Ordinal);

    /// <summary>All channels in creation order, archived ones included.</summary>
    public IReadOnlyList<SlackChannel> Channels => Read(() => ChannelOrder.Select(id => ChannelsById[id]).ToArray());

    public IReadOnlyList<SlackUser> Users => Read(() => UsersById.Values.ToArray());

    /// <summary>Files in the order their upload URLs were issued.</summary>
    public IReadOnlyList<SlackFile> Files => Read(() => FilesById.Values.ToArray());

    /// <summary>All modal views ever opened, in opening order.</summary>
    public IReadOnlyList<SlackView> Views => Read(() => ViewsById.Values.ToArray());

    /// <summary>Published Home tabs, by user ID.</summary>
    public IReadOnlyDictionary<string, SlackView> HomeViews => Read(() => HomeViewsByUser.ToImmutableDictionary());

    public IReadOnlyList<SlackEphemeral> Ephemerals => Read(() => EphemeralList.ToArray());

    public SlackChannel? Channel(string id) => Read(() => ChannelsById.GetValueOrDefault(id));

    public SlackChannel? ChannelByName(string name)
    {
        var bare = name.TrimStart('#');
        return Read(() => ChannelsById.Values.FirstOrDefault(c => c.Name == bare));
    }

    public SlackUser? User(string id) => Read(() => UsersById.GetValueOrDefault(id));

    public SlackView? View(string id) => Read(() => ViewsById.GetValueOrDefault(id));

    public SlackView? HomeView(string userId) => Read(() => HomeViewsByUser.GetValueOrDefault(userId));

    public SlackFile? File(string id) => Read(() => FilesById.GetValueOrDefault(id));

    /// <summary>Every message in the channel, thread replies included, oldest first.</summary>
    public IReadOnlyList<SlackMessage> Messages(string channel) =>
        Read(() => MessagesByChannel.TryGetValue(channel, out var list) ? list.ToArray() : []);

    /// <summary>Replies in one thread (parent excluded), oldest first.</summary>
    public IReadOnlyList<SlackMessage> Replies(string channel, string threadTs) =>
        Messages(channel).Where(m => m.IsThreadReply && m.ThreadTs == threadTs).ToArray();

    public SlackMessage? Message(string channel, string ts) =>
        Messages(channel).FirstOrDefault(m => m.Ts == ts);

    /// <summary>Timestamps of pinned messages, in pinning order.</summary>
    public IReadOnlyList<string> Pins(string channel) =>
        Read(() => PinsByChannel.GetValueOrDefault(channel) ?? ImmutableList<string>.Empty);

    public IReadOnlyList<SlackBookmark> Bookmarks(string channel) =>
        Read(() => BookmarkList.Where(b => b.ChannelId == channel).ToArray());

    /// <summary>Messages the bot sent to a user directly (chat.postMessage with the user id as channel).</summary>
    public IReadOnlyList<SlackMessage> DirectMessages(string userId) => Messages(DirectChannelId(userId));

    internal static string DirectChannelId(string userId) => "D" + userId;

    internal SlackChannel DirectChannel(string userId, string botUserId, long now)
    {
        var id = DirectChannelId(userId);
        if (!ChannelsById.TryGetValue(id, out var channel))
        {
            var empty = new SlackChannelText(string.Empty, string.Empty, 0);
            channel = new SlackChannel(id, id.ToLowerInvariant(), true, botUserId, now, empty, empty, [botUserId, userId], false);
            PutChannel(channel);
        }

        return channel;
    }

    internal SlackChannel? FindChannel(string idOrName)
    {
        if (ChannelsById.TryGetValue(idOrName, out var byId))
        {
            return byId;
        }

        var bare = idOrName.TrimStart('#');
        return ChannelsById.Values.FirstOrDefault(c => c.Name == bare);
    }

    internal SlackMessage? FindMessage(string channel, string ts) =>
        MessagesByChannel.TryGetValue(channel, out var list) ? list.Find(m => m.Ts == ts) : null;

    internal void ReplaceMessage(SlackMessage updated)
    {
        var list = MessagesByChannel[updated.Channel];
        list[list.FindIndex(m => m.Ts == updated.Ts)] = updated;
    }

    internal void AppendMessage(SlackMessage message)
    {
        if (!MessagesByChannel.TryGetValue(message.Channel, out var list))
        {
            list = [];
            MessagesByChannel[message.Channel] = list;
        }

        list.Add(message);
    }

    internal void PutChannel(SlackChannel channel)
    {
        if (!ChannelsById.ContainsKey(channel.Id))
        {
            ChannelOrder.Add(channel.Id);
        }

        ChannelsById[channel.Id] = channel;
    }

    private T Read<T>(Func<T> read)
    {
        lock (Gate)
        {
            return read();
        }
    }
}
