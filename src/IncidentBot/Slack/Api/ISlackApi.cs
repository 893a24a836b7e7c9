using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>
/// The Slack Web API methods the bot uses. Failures surface as <see cref="SlackApiException"/>;
/// rate limits, 5xx and timeouts are retried inside the client.
/// </summary>
public interface ISlackApi
{
    Task<AuthTestResult> AuthTestAsync(CancellationToken ct = default);

    Task<SlackChannel> CreateConversationAsync(string name, bool isPrivate, CancellationToken ct = default);

    /// <summary>Invites users in chunks of 100; <c>already_in_channel</c> counts as success.</summary>
    Task InviteAsync(string channel, IReadOnlyCollection<string> userIds, CancellationToken ct = default);

    Task SetTopicAsync(string channel, string topic, CancellationToken ct = default);

    Task SetPurposeAsync(string channel, string purpose, CancellationToken ct = default);

    Task<SlackChannel> GetConversationInfoAsync(string channel, CancellationToken ct = default);

    /// <summary>Whether the person is in the channel now (conversations.members, paged).</summary>
    Task<bool> IsChannelMemberAsync(string channel, string userId, CancellationToken ct = default);

    /// <summary>
    /// One page of <c>conversations.list</c>: channels of one privacy type (private ones the bot is in), archived ones
    /// left out, <see cref="ChannelPage.Size"/> at most; pass the page's <see cref="ChannelPage.NextCursor"/> for the next.
    /// </summary>
    Task<ChannelPage> ListConversationsAsync(bool isPrivate, string? cursor, CancellationToken ct = default);

    /// <summary>Archives a channel; <c>already_archived</c> counts as success.</summary>
    Task ArchiveAsync(string channel, CancellationToken ct = default);

    /// <summary>The ID (<c>D…</c>) of the bot's direct-message conversation with a user (conversations.open).</summary>
    Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct = default);

    /// <summary>Every message in the channel (thread replies aside) posted after <paramref name="oldest"/>, newest first, with metadata.</summary>
    Task<IReadOnlyList<HistoryMessage>> GetHistoryAsync(string channel, DateTimeOffset oldest, CancellationToken ct = default);

    /// <summary>
    /// Every reply in the thread under <paramref name="threadTs"/> posted after <paramref name="oldest"/>, newest last, with
    /// metadata; empty when Slack has no such thread.
    /// </summary>
    Task<IReadOnlyList<HistoryMessage>> GetThreadRepliesAsync(string channel, string threadTs, DateTimeOffset oldest, CancellationToken ct = default);

    /// <summary>One message by its ts (thread replies included); null when Slack has no such message.</summary>
    Task<HistoryMessage?> GetMessageAsync(string channel, string ts, CancellationToken ct = default);

    /// <summary>Posts a message, paced per channel.</summary>
    Task<PostedMessage> PostMessageAsync(ChatMessage message, CancellationToken ct = default);

    Task PostEphemeralAsync(string channel, string user, string text, JsonArray? blocks = null, CancellationToken ct = default);

    Task UpdateMessageAsync(string channel, string ts, string text, JsonArray? blocks, CancellationToken ct = default);

    Task<string> GetPermalinkAsync(string channel, string ts, CancellationToken ct = default);

    /// <summary>Pins a message; <c>already_pinned</c> counts as success.</summary>
    Task PinAsync(string channel, string ts, CancellationToken ct = default);

    /// <summary>Adds a link bookmark to the channel (<c>bookmarks.add</c>).</summary>
    Task AddBookmarkAsync(string channel, string title, Uri link, CancellationToken ct = default);

    Task<SlackView> OpenViewAsync(string triggerId, JsonObject view, CancellationToken ct = default);

    Task<SlackView> UpdateViewAsync(string viewId, JsonObject view, string? hash = null, CancellationToken ct = default);

    Task PublishHomeViewAsync(string userId, JsonObject view, CancellationToken ct = default);

    Task<SlackUser> GetUserAsync(string userId, CancellationToken ct = default);

    /// <summary>The ID of the member whose profile has <paramref name="email"/> (<c>users.lookupByEmail</c>); null when nobody has it.</summary>
    Task<string?> LookupUserByEmailAsync(string email, CancellationToken ct = default);

    /// <summary>The user IDs of a user group's members (<c>usergroups.users.list</c>).</summary>
    Task<IReadOnlyList<string>> ListUserGroupMembersAsync(string userGroup, CancellationToken ct = default);

    /// <summary>Uploads with the external-upload flow and shares into the channel; returns the file id.</summary>
    Task<string> UploadFileAsync(FileUpload upload, CancellationToken ct = default);

    /// <summary>POSTs JSON to an interaction's <c>response_url</c> (no bearer token).</summary>
    Task PostToResponseUrlAsync(Uri responseUrl, JsonObject body, CancellationToken ct = default);

    /// <summary>Gets a Socket Mode WebSocket URL using the app-level token.</summary>
    Task<Uri> OpenSocketConnectionAsync(CancellationToken ct = default);
}
