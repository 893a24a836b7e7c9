using System.Globalization;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>conversations.* methods.</summary>
internal sealed partial class SlackApiClient
{
    private const int InviteChunkSize = 100;

    public async Task<SlackChannel> CreateConversationAsync(string name, bool isPrivate, CancellationToken ct = default)
    {
        const string method = "conversations.create";
        var form = new SlackForm().Add("name", name).Add("is_private", isPrivate);
        var body = await CallAsync(method, form, ct, queued: true).ConfigureAwait(false);
        return SlackResponseReader.Channel(method, body["channel"]);
    }

    public async Task InviteAsync(string channel, IReadOnlyCollection<string> userIds, CancellationToken ct = default)
    {
        foreach (var chunk in userIds.Chunk(InviteChunkSize))
        {
            var form = new SlackForm().Add("channel", channel).Add("users", string.Join(',', chunk));
            await CallIgnoringAsync("conversations.invite", form, "already_in_channel", ct).ConfigureAwait(false);
        }
    }

    public Task SetTopicAsync(string channel, string topic, CancellationToken ct = default) =>
        CallAsync("conversations.setTopic", new SlackForm().Add("channel", channel).Add("topic", topic), ct);

    public Task SetPurposeAsync(string channel, string purpose, CancellationToken ct = default) =>
        CallAsync("conversations.setPurpose", new SlackForm().Add("channel", channel).Add("purpose", purpose), ct);

    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct = default)
    {
        const string method = "conversations.open";
        var body = await CallAsync(method, new SlackForm().Add("users", userId).Add("return_im", false), ct).ConfigureAwait(false);
        return body["channel"]?["id"]?.GetValue<string>() is { Length: > 0 } id
            ? id
            : throw new SlackApiException(method, "invalid_response", ["no channel.id in the answer"]);
    }

    public async Task<SlackChannel> GetConversationInfoAsync(string channel, CancellationToken ct = default)
    {
        const string method = "conversations.info";
        var body = await CallAsync(method, new SlackForm().Add("channel", channel), ct).ConfigureAwait(false);
        return SlackResponseReader.Channel(method, body["channel"]);
    }

    public async Task<bool> IsChannelMemberAsync(string channel, string userId, CancellationToken ct = default)
    {
        const string method = "conversations.members";
        string? cursor = null;
        do
        {
            var form = new SlackForm().Add("channel", channel).Add("limit", 1000).Add("cursor", cursor);
            var body = await CallAsync(method, form, ct).ConfigureAwait(false);
            if ((body["members"] as JsonArray ?? []).Any(m => m?.GetValueKind() == System.Text.Json.JsonValueKind.String && m.GetValue<string>() == userId))
            {
                return true;
            }

            cursor = SlackResponseReader.Optional(body["response_metadata"], "next_cursor");
        }
        while (!string.IsNullOrEmpty(cursor));

        return false;
    }

    public async Task<ChannelPage> ListConversationsAsync(bool isPrivate, string? cursor, CancellationToken ct = default)
    {
        const string method = "conversations.list";
        var form = new SlackForm()
            .Add("types", isPrivate ? "private_channel" : "public_channel")
            .Add("exclude_archived", true)
            .Add("limit", ChannelPage.Size)
            .Add("cursor", cursor);
        var body = await CallAsync(method, form, ct).ConfigureAwait(false);
        var channels = (body["channels"] as JsonArray ?? []).Select(c => SlackResponseReader.Channel(method, c)).ToList();
        var next = SlackResponseReader.Optional(body["response_metadata"], "next_cursor");
        return new ChannelPage(channels, string.IsNullOrEmpty(next) ? null : next);
    }

    public Task ArchiveAsync(string channel, CancellationToken ct = default) =>
        CallIgnoringAsync("conversations.archive", new SlackForm().Add("channel", channel), "already_archived", ct);

    public Task<IReadOnlyList<HistoryMessage>> GetHistoryAsync(string channel, DateTimeOffset oldest, CancellationToken ct = default) =>
        PageMessagesAsync("conversations.history", () => new SlackForm().Add("channel", channel), oldest, null, ct);

    public async Task<IReadOnlyList<HistoryMessage>> GetThreadRepliesAsync(string channel, string threadTs, DateTimeOffset oldest, CancellationToken ct = default)
    {
        try
        {
            return await PageMessagesAsync("conversations.replies", () => new SlackForm().Add("channel", channel).Add("ts", threadTs), oldest, threadTs, ct)
                .ConfigureAwait(false);
        }
        catch (SlackApiException ex) when (ex.Error == "thread_not_found")
        {
            return [];
        }
    }

    /// <summary>Every message after <paramref name="oldest"/>, page after page, with metadata; a thread's parent left out.</summary>
    private async Task<IReadOnlyList<HistoryMessage>> PageMessagesAsync(
        string method, Func<SlackForm> form, DateTimeOffset oldest, string? parentTs, CancellationToken ct)
    {
        var messages = new List<HistoryMessage>();
        string? cursor = null;
        do
        {
            var body = await CallAsync(method, form().Add("oldest", SlackTimestamp(oldest)).Add("limit", 200)
                .Add("include_all_metadata", true).Add("cursor", cursor), ct).ConfigureAwait(false);
            messages.AddRange((body["messages"] as JsonArray ?? []).Select(m => SlackResponseReader.Message(method, m)).Where(m => m.Ts != parentTs));
            cursor = SlackResponseReader.Optional(body["response_metadata"], "next_cursor");
        }
        while (!string.IsNullOrEmpty(cursor));

        return messages;
    }

    /// <summary>A time as Slack writes message timestamps: Unix seconds with six decimals.</summary>
    internal static string SlackTimestamp(DateTimeOffset at)
    {
        var ms = Math.Max(0, at.ToUnixTimeMilliseconds());
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 1000}.{ms % 1000 * 1000:D6}");
    }
}
