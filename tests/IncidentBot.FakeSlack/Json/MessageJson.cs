using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Renders a message the way chat.* and conversations.history return it.</summary>
internal static class MessageJson
{
    public static JsonObject Render(SlackMessage m, FakeSlackState state, bool includeMetadata, string teamId)
    {
        var json = new JsonObject
        {
            ["type"] = "message",
            ["user"] = m.User,
            ["text"] = m.Text,
            ["ts"] = m.Ts,
            ["team"] = teamId,
        };
        if (m.BotId is not null)
        {
            json["bot_id"] = m.BotId;
            json["app_id"] = "A0FAKEAPP";
        }

        if (m.BlocksJson is not null)
        {
            json["blocks"] = JsonNode.Parse(m.BlocksJson);
        }

        if (m.ThreadTs is not null)
        {
            json["thread_ts"] = m.ThreadTs;
        }

        if (!m.IsThreadReply && state.MessagesByChannel.TryGetValue(m.Channel, out var all))
        {
            var replies = all.Where(r => r.IsThreadReply && r.ThreadTs == m.Ts).ToList();
            if (replies.Count > 0)
            {
                json["thread_ts"] = m.Ts;
                json["reply_count"] = replies.Count;
                json["latest_reply"] = replies[^1].Ts;
            }
        }

        if (m.IsEdited)
        {
            json["edited"] = new JsonObject { ["user"] = m.User, ["ts"] = m.Ts };
        }

        if (includeMetadata && m.MetadataEventType is not null)
        {
            json["metadata"] = new JsonObject
            {
                ["event_type"] = m.MetadataEventType,
                ["event_payload"] = m.MetadataPayloadJson is null ? new JsonObject() : JsonNode.Parse(m.MetadataPayloadJson),
            };
        }

        if (!m.FileIds.IsEmpty)
        {
            json["files"] = new JsonArray([.. m.FileIds.Select(id => FileJson.Render(state.FilesById[id]))]);
            json["upload"] = true;
        }

        if (!m.Reactions.IsEmpty)
        {
            json["reactions"] = new JsonArray([.. m.Reactions.Select(r => new JsonObject
            {
                ["name"] = r,
                ["count"] = 1,
                ["users"] = new JsonArray(m.User),
            })]);
        }

        if (state.PinsByChannel.TryGetValue(m.Channel, out var pins) && pins.Contains(m.Ts))
        {
            json["pinned_to"] = new JsonArray(m.Channel);
        }

        return json;
    }
}
