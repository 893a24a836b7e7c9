using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Renders a stored view the way views.* return it: the bot's view plus Slack's fields.</summary>
internal static class ViewJson
{
    public static JsonObject Render(SlackView v, string teamId)
    {
        var json = JsonNode.Parse(v.Json) as JsonObject ?? [];
        json["id"] = v.Id;
        json["team_id"] = teamId;
        json["hash"] = v.Hash;
        json["root_view_id"] = v.Id;
        json["previous_view_id"] = null;
        json["app_id"] = "A0FAKEAPP";
        json["bot_id"] = ApiContext.BotId;
        json["state"] = new JsonObject { ["values"] = new JsonObject() };
        json["external_id"] = v.ExternalId ?? string.Empty;
        json["callback_id"] = v.CallbackId ?? string.Empty;
        json["private_metadata"] ??= string.Empty;
        json["clear_on_close"] ??= false;
        json["notify_on_close"] ??= false;
        json["blocks"] ??= new JsonArray();
        return json;
    }
}
