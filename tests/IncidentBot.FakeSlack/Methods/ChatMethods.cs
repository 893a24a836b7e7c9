using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>chat.postMessage, chat.postEphemeral, chat.update and chat.getPermalink.</summary>
internal static class ChatMethods
{
    public static void Register(MethodTable table)
    {
        table.Add("chat.postMessage", PostMessage);
        table.Add("chat.postEphemeral", PostEphemeral);
        table.Add("chat.update", Update);
        table.Add("chat.getPermalink", GetPermalink);
    }

    /// <summary>The channel a bot message may go to: public channels need no membership (chat:write.public).</summary>
    public static SlackChannel Postable(ApiRequest req, string argName = "channel")
    {
        var channel = req.Channel(argName);
        if (channel.IsArchived)
        {
            throw new SlackApiException("is_archived");
        }

        return channel.IsPrivate && !channel.HasMember(req.Context.BotUserId)
            ? throw new SlackApiException("not_in_channel")
            : channel;
    }

    public static string Permalink(string channel, string ts, string? threadTs) =>
        $"https://fake.slack.com/archives/{channel}/p{ts.Replace(".", string.Empty, StringComparison.Ordinal)}"
        + (threadTs is not null && threadTs != ts ? $"?thread_ts={threadTs}&cid={channel}" : string.Empty);

    private static JsonObject PostMessage(ApiRequest req)
    {
        var channel = Postable(req);
        var content = MessageContent.Read(req);
        var threadTs = req.Get("thread_ts");
        var message = new SlackMessage(
            channel.Id, req.Context.Ids.NextTs(), req.Context.BotUserId, ApiContext.BotId, content.Text, content.BlocksJson,
            threadTs, content.EventType, content.PayloadJson, [], [], []);
        req.State.AppendMessage(message);
        var body = ApiRequest.Ok();
        body["channel"] = channel.Id;
        body["ts"] = message.Ts;
        body["message"] = MessageJson.Render(message, req.State, includeMetadata: true, req.Context.Options.TeamId);
        return content.Warn(body);
    }

    private static JsonObject PostEphemeral(ApiRequest req)
    {
        var channel = Postable(req);
        var user = req.Require("user", "user_not_found");
        if (!req.State.UsersById.ContainsKey(user))
        {
            throw new SlackApiException("user_not_found");
        }

        if (!channel.HasMember(user))
        {
            throw new SlackApiException("user_not_in_channel");
        }

        var content = MessageContent.Read(req);
        var ts = req.Context.Ids.NextTs();
        req.State.EphemeralList.Add(new SlackEphemeral(channel.Id, user, ts, content.Text, content.BlocksJson, req.Get("thread_ts")));
        var body = ApiRequest.Ok();
        body["message_ts"] = ts;
        return content.Warn(body);
    }

    private static JsonObject Update(ApiRequest req)
    {
        var channel = req.Channel();
        var ts = req.Require("ts", "message_not_found");
        var existing = req.State.FindMessage(channel.Id, ts) ?? throw new SlackApiException("message_not_found");
        if (existing.User != req.Context.BotUserId)
        {
            throw new SlackApiException("cant_update_message");
        }

        var content = MessageContent.Read(req, textRequired: false);
        var keepText = req.Get("text") is null;
        var keepBlocks = req.Get("blocks") is null;
        var updated = existing with
        {
            Text = keepText ? existing.Text : content.Text,
            BlocksJson = keepBlocks ? existing.BlocksJson : content.BlocksJson,
            MetadataEventType = content.EventType ?? existing.MetadataEventType,
            MetadataPayloadJson = content.EventType is null ? existing.MetadataPayloadJson : content.PayloadJson,
            Edits = existing.Edits.Add(new SlackMessageEdit(existing.Text, existing.BlocksJson, req.Context.Time.GetUtcNow())),
        };
        req.State.ReplaceMessage(updated);
        var body = ApiRequest.Ok();
        body["channel"] = channel.Id;
        body["ts"] = ts;
        body["text"] = updated.Text;
        body["message"] = MessageJson.Render(updated, req.State, includeMetadata: true, req.Context.Options.TeamId);
        return content.Warn(body);
    }

    private static JsonObject GetPermalink(ApiRequest req)
    {
        var channel = req.Channel();
        var ts = req.Require("message_ts", "message_not_found");
        var message = req.State.FindMessage(channel.Id, ts) ?? throw new SlackApiException("message_not_found");
        var body = ApiRequest.Ok();
        body["channel"] = channel.Id;
        body["permalink"] = Permalink(channel.Id, message.Ts, message.IsThreadReply ? message.ThreadTs : null);
        return body;
    }
}
