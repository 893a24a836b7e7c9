using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>A slash command sent over Socket Mode: the bot's ack (null if none came in time) and the ids it carried.</summary>
public sealed record SlashCommandDelivery(JsonObject? Ack, Uri ResponseUrl, string TriggerId)
{
    public JsonObject? Payload => Ack?["payload"] as JsonObject;
}
