using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>An acknowledgement the bot sent for an envelope, with the connection it came on.</summary>
public sealed record RecordedAck(int ConnectionId, string EnvelopeId, JsonObject Json)
{
    public JsonObject? Payload => Json["payload"] as JsonObject;
}
