using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>conversations.info, list, history, replies and members.</summary>
internal static class ConversationReadMethods
{
    public static void Register(MethodTable table)
    {
        table.Add("conversations.info", Info);
        table.Add("conversations.list", List);
        table.Add("conversations.history", History);
        table.Add("conversations.replies", Replies);
        table.Add("conversations.members", Members);
    }

    private static JsonObject Info(ApiRequest req)
    {
        var channel = Visible(req);
        var body = ApiRequest.Ok();
        body["channel"] = ChannelJson.Render(channel, req.Context.BotUserId);
        return body;
    }

    private static JsonObject List(ApiRequest req)
    {
        var types = (req.Get("types") ?? "public_channel").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (types.Any(t => t is not ("public_channel" or "private_channel" or "mpim" or "im")))
        {
            throw new SlackApiException("invalid_types");
        }

        var bot = req.Context.BotUserId;
        var excludeArchived = req.Flag("exclude_archived");
        var matching = req.State.ChannelOrder
            .Select(id => req.State.ChannelsById[id])
            .Where(c => c.IsPrivate ? types.Contains("private_channel") && c.HasMember(bot) : types.Contains("public_channel"))
            .Where(c => !excludeArchived || !c.IsArchived)
            .ToArray();
        var body = ApiRequest.Ok();
        var page = Cursor.Page(req, matching, body);
        body["channels"] = new JsonArray([.. page.Select(c => ChannelJson.Render(c, bot))]);
        return body;
    }

    private static JsonObject History(ApiRequest req)
    {
        var channel = Readable(req);
        var oldest = req.Get("oldest");
        var latest = req.Get("latest");
        var messages = (req.State.MessagesByChannel.GetValueOrDefault(channel.Id) ?? [])
            .Where(m => !m.IsThreadReply)
            .Where(m => oldest is null || string.CompareOrdinal(m.Ts, oldest) > 0 || (req.Flag("inclusive") && m.Ts == oldest))
            .Where(m => latest is null || string.CompareOrdinal(m.Ts, latest) < 0 || (req.Flag("inclusive") && m.Ts == latest))
            .Reverse()
            .ToArray();
        return RenderMessages(req, messages);
    }

    private static JsonObject Replies(ApiRequest req)
    {
        var channel = Readable(req);
        var ts = req.Require("ts", "thread_not_found");
        var all = req.State.MessagesByChannel.GetValueOrDefault(channel.Id) ?? [];
        var parent = all.Find(m => m.Ts == ts) ?? throw new SlackApiException("thread_not_found");
        // The parent comes first whatever the window, as Slack returns it; oldest and latest bound the replies.
        var oldest = req.Get("oldest");
        var latest = req.Get("latest");
        var thread = new[] { parent }.Concat(all.Where(m => m.IsThreadReply && m.ThreadTs == parent.Ts)
            .Where(m => oldest is null || string.CompareOrdinal(m.Ts, oldest) > 0 || (req.Flag("inclusive") && m.Ts == oldest))
            .Where(m => latest is null || string.CompareOrdinal(m.Ts, latest) < 0 || (req.Flag("inclusive") && m.Ts == latest))).ToArray();
        return RenderMessages(req, thread);
    }

    private static JsonObject Members(ApiRequest req)
    {
        var channel = Visible(req);
        var body = ApiRequest.Ok();
        var page = Cursor.Page(req, channel.Members, body);
        body["members"] = new JsonArray([.. page.Select(id => JsonValue.Create(id))]);
        return body;
    }

    private static JsonObject RenderMessages(ApiRequest req, IReadOnlyList<SlackMessage> messages)
    {
        var includeMetadata = req.Flag("include_all_metadata");
        var body = ApiRequest.Ok();
        var page = Cursor.Page(req, messages, body);
        body["messages"] = new JsonArray([.. page.Select(m => MessageJson.Render(m, req.State, includeMetadata, req.Context.Options.TeamId))]);
        body["pin_count"] = req.State.PinsByChannel.GetValueOrDefault(page.Count > 0 ? page[0].Channel : string.Empty)?.Count ?? 0;
        return body;
    }

    /// <summary>Private channels are invisible to the bot unless it is a member.</summary>
    private static SlackChannel Visible(ApiRequest req)
    {
        var channel = req.Conversation();
        return channel.IsPrivate && !channel.HasMember(req.Context.BotUserId)
            ? throw new SlackApiException("channel_not_found")
            : channel;
    }

    /// <summary>Reading messages needs membership, as for a bot token with channels:history.</summary>
    private static SlackChannel Readable(ApiRequest req)
    {
        var channel = Visible(req);
        return channel.HasMember(req.Context.BotUserId) ? channel : throw new SlackApiException("not_in_channel");
    }
}
