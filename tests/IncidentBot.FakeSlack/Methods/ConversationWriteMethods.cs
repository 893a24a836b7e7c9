using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>conversations.create, open, invite, setTopic, setPurpose and archive.</summary>
internal static class ConversationWriteMethods
{
    private const int MaxNameLength = 80;
    private const int MaxTopicLength = 250;
    private const int MaxInvitees = 100;

    public static void Register(MethodTable table)
    {
        table.Add("conversations.create", Create);
        table.Add("conversations.open", Open);
        table.Add("conversations.invite", Invite);
        table.Add("conversations.setTopic", req => SetText(req, "topic", (c, t) => c with { Topic = t }));
        table.Add("conversations.setPurpose", req => SetText(req, "purpose", (c, t) => c with { Purpose = t }));
        table.Add("conversations.archive", Archive);
    }

    /// <summary>Slack's name check: null when valid, else the error code.</summary>
    public static string? NameError(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "invalid_name_required";
        }

        if (name.Length > MaxNameLength)
        {
            return "invalid_name_maxlength";
        }

        if (!name.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'))
        {
            return "invalid_name_specials";
        }

        return name.All(ch => ch is '-' or '_') ? "invalid_name_punctuation" : null;
    }

    /// <summary>The bot's direct-message conversation with one user (created on first use), by its ID.</summary>
    private static JsonObject Open(ApiRequest req)
    {
        var users = req.Require("users", "users_list_not_supplied").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (users.Length != 1)
        {
            throw new SlackApiException(users.Length == 0 ? "users_list_not_supplied" : "not_implemented");
        }

        if (!req.State.UsersById.ContainsKey(users[0]))
        {
            throw new SlackApiException("user_not_found");
        }

        var channel = req.State.DirectChannel(users[0], req.Context.BotUserId, req.Context.Ids.UnixSeconds());
        var body = ApiRequest.Ok();
        body["channel"] = new JsonObject { ["id"] = channel.Id };
        return body;
    }

    private static JsonObject Create(ApiRequest req)
    {
        var name = req.Get("name");
        if (NameError(name) is { } error)
        {
            throw new SlackApiException(error);
        }

        if (req.State.ChannelsById.Values.Any(c => c.Name == name))
        {
            throw new SlackApiException("name_taken");
        }

        var bot = req.Context.BotUserId;
        var channel = new SlackChannel(
            req.Context.Ids.Next('C'), name!, req.Flag("is_private"), bot, req.Context.Ids.UnixSeconds(),
            SlackChannelText.Empty, SlackChannelText.Empty, [bot], IsArchived: false);
        req.State.PutChannel(channel);
        return WithChannel(req, channel);
    }

    private static JsonObject Invite(ApiRequest req)
    {
        var channel = Writable(req);
        var ids = req.Require("users", "no_user").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0)
        {
            throw new SlackApiException("no_user");
        }

        if (ids.Length > MaxInvitees)
        {
            throw new SlackApiException("too_many_users");
        }

        if (ids.Contains(req.Context.BotUserId))
        {
            throw new SlackApiException("cant_invite_self");
        }

        if (ids.FirstOrDefault(id => !req.State.UsersById.ContainsKey(id)) is not null)
        {
            throw new SlackApiException("user_not_found");
        }

        var fresh = ids.Distinct(StringComparer.Ordinal).Where(id => !channel.HasMember(id)).ToList();
        if (fresh.Count == 0)
        {
            throw new SlackApiException("already_in_channel");
        }

        var updated = channel with { Members = channel.Members.AddRange(fresh) };
        req.State.PutChannel(updated);
        return WithChannel(req, updated);
    }

    private static JsonObject SetText(ApiRequest req, string arg, Func<SlackChannel, SlackChannelText, SlackChannel> apply)
    {
        var channel = Writable(req);
        var value = req.Args.GetValueOrDefault(arg) ?? string.Empty;
        if (value.Length > MaxTopicLength)
        {
            throw new SlackApiException("too_long");
        }

        var updated = apply(channel, new SlackChannelText(value, req.Context.BotUserId, req.Context.Ids.UnixSeconds()));
        req.State.PutChannel(updated);
        return WithChannel(req, updated);
    }

    private static JsonObject Archive(ApiRequest req)
    {
        var channel = req.Channel();
        if (channel.IsArchived)
        {
            throw new SlackApiException("already_archived");
        }

        if (!channel.HasMember(req.Context.BotUserId))
        {
            throw new SlackApiException("not_in_channel");
        }

        req.State.PutChannel(channel with { IsArchived = true });
        return ApiRequest.Ok();
    }

    /// <summary>A channel the bot may change: it exists, is not archived and has the bot as a member.</summary>
    private static SlackChannel Writable(ApiRequest req)
    {
        var channel = req.Channel();
        if (channel.IsArchived)
        {
            throw new SlackApiException("is_archived");
        }

        return channel.HasMember(req.Context.BotUserId) ? channel : throw new SlackApiException("not_in_channel");
    }

    private static JsonObject WithChannel(ApiRequest req, SlackChannel channel)
    {
        var body = ApiRequest.Ok();
        body["channel"] = ChannelJson.Render(channel, req.Context.BotUserId);
        return body;
    }
}
