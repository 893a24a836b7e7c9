using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>pins.add, pins.list, bookmarks.add and reactions.add.</summary>
internal static class ChannelExtrasMethods
{
    public static void Register(MethodTable table)
    {
        table.Add("pins.add", PinsAdd);
        table.Add("pins.list", PinsList);
        table.Add("bookmarks.add", BookmarksAdd);
        table.Add("reactions.add", ReactionsAdd);
    }

    private static JsonObject PinsAdd(ApiRequest req)
    {
        var channel = req.Channel();
        var ts = req.Require("timestamp", "no_item_specified");
        _ = req.State.FindMessage(channel.Id, ts) ?? throw new SlackApiException("message_not_found");
        var pins = req.State.PinsByChannel.GetValueOrDefault(channel.Id) ?? ImmutableList<string>.Empty;
        if (pins.Contains(ts))
        {
            throw new SlackApiException("already_pinned");
        }

        req.State.PinsByChannel[channel.Id] = pins.Add(ts);
        return ApiRequest.Ok();
    }

    private static JsonObject PinsList(ApiRequest req)
    {
        var channel = req.Channel();
        var pins = req.State.PinsByChannel.GetValueOrDefault(channel.Id) ?? ImmutableList<string>.Empty;
        var items = new JsonArray();
        foreach (var ts in pins.Reverse())
        {
            if (req.State.FindMessage(channel.Id, ts) is { } message)
            {
                var json = MessageJson.Render(message, req.State, includeMetadata: false, req.Context.Options.TeamId);
                json["permalink"] = ChatMethods.Permalink(channel.Id, ts, message.IsThreadReply ? message.ThreadTs : null);
                items.Add(new JsonObject
                {
                    ["type"] = "message",
                    ["channel"] = channel.Id,
                    ["created_by"] = req.Context.BotUserId,
                    ["message"] = json,
                });
            }
        }

        var body = ApiRequest.Ok();
        body["items"] = items;
        return body;
    }

    private static JsonObject BookmarksAdd(ApiRequest req)
    {
        var channel = req.Channel("channel_id");
        var title = req.Require("title");
        var type = req.Require("type");
        if (type != "link")
        {
            throw new SlackApiException("invalid_bookmark_type");
        }

        var link = req.Get("link");
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out _))
        {
            throw new SlackApiException("invalid_link");
        }

        var bookmark = new SlackBookmark("Bk" + req.Context.Ids.Next('B')[1..], channel.Id, title, type, link, req.Get("emoji"), req.Context.Ids.UnixSeconds());
        req.State.BookmarkList.Add(bookmark);
        var body = ApiRequest.Ok();
        body["bookmark"] = new JsonObject
        {
            ["id"] = bookmark.Id,
            ["channel_id"] = channel.Id,
            ["title"] = title,
            ["link"] = link,
            ["emoji"] = bookmark.Emoji,
            ["icon_url"] = null,
            ["type"] = type,
            ["entity_id"] = null,
            ["date_created"] = bookmark.Created,
            ["date_updated"] = 0,
            ["rank"] = "a",
            ["last_updated_by_user_id"] = req.Context.BotUserId,
            ["last_updated_by_team_id"] = req.Context.Options.TeamId,
        };
        return body;
    }

    private static JsonObject ReactionsAdd(ApiRequest req)
    {
        var channel = req.Channel();
        var name = req.Require("name", "invalid_name").Trim(':');
        var ts = req.Require("timestamp", "no_item_specified");
        var message = req.State.FindMessage(channel.Id, ts) ?? throw new SlackApiException("message_not_found");
        if (message.Reactions.Contains(name))
        {
            throw new SlackApiException("already_reacted");
        }

        req.State.ReplaceMessage(message with { Reactions = message.Reactions.Add(name) });
        return ApiRequest.Ok();
    }
}
