using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>chat.*, pins.* and bookmarks.* methods.</summary>
internal sealed partial class SlackApiClient
{
    public async Task<PostedMessage> PostMessageAsync(ChatMessage message, CancellationToken ct = default)
    {
        const string method = "chat.postMessage";
        await _pacer.WaitAsync(message.Channel, ct).ConfigureAwait(false);
        var form = new SlackForm()
            .Add("channel", message.Channel)
            .Add("text", message.Text)
            .AddJson("blocks", message.Blocks)
            .Add("thread_ts", message.ThreadTs)
            .AddJson("metadata", ToJson(message.Metadata))
            .Add("unfurl_links", false)
            .Add("unfurl_media", false);
        var body = await CallAsync(method, form, ct).ConfigureAwait(false);
        return new PostedMessage(
            SlackResponseReader.Required(method, body, "channel"),
            SlackResponseReader.Required(method, body, "ts"));
    }

    public Task PostEphemeralAsync(string channel, string user, string text, JsonArray? blocks = null, CancellationToken ct = default) =>
        CallAsync(
            "chat.postEphemeral",
            new SlackForm().Add("channel", channel).Add("user", user).Add("text", text).AddJson("blocks", blocks),
            ct);

    public Task UpdateMessageAsync(string channel, string ts, string text, JsonArray? blocks, CancellationToken ct = default) =>
        CallAsync(
            "chat.update",
            new SlackForm().Add("channel", channel).Add("ts", ts).Add("text", text).AddJson("blocks", blocks),
            ct);

    public async Task<string> GetPermalinkAsync(string channel, string ts, CancellationToken ct = default)
    {
        const string method = "chat.getPermalink";
        var form = new SlackForm().Add("channel", channel).Add("message_ts", ts);
        var body = await CallAsync(method, form, ct).ConfigureAwait(false);
        return SlackResponseReader.Required(method, body, "permalink");
    }

    public Task PinAsync(string channel, string ts, CancellationToken ct = default) =>
        CallIgnoringAsync("pins.add", new SlackForm().Add("channel", channel).Add("timestamp", ts), "already_pinned", ct);

    public Task AddBookmarkAsync(string channel, string title, Uri link, CancellationToken ct = default) =>
        CallAsync("bookmarks.add", new SlackForm().Add("channel_id", channel).Add("title", title).Add("type", "link").Add("link", link.AbsoluteUri), ct);

    private static JsonObject? ToJson(MessageMetadata? metadata) => metadata is null
        ? null
        : new JsonObject
        {
            ["event_type"] = metadata.EventType,
            ["event_payload"] = metadata.Payload.DeepClone(),
        };
}
