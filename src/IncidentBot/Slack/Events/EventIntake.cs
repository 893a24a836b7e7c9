using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Events;

/// <summary>
/// Takes an Events API envelope from either transport (HTTP or Socket Mode): records its <c>event_id</c> and queues
/// the event in one transaction, so a redelivery is a no-op and nothing is lost if the process dies after the ack.
/// </summary>
public sealed class EventIntake(StandaloneWork work)
{
    public async Task<EventIntakeResult> AcceptAsync(JsonObject envelope, CancellationToken ct)
    {
        var type = Str(envelope["type"]);
        if (type == "url_verification")
        {
            return Str(envelope["challenge"]) is { } challenge
                ? new EventIntakeResult.Challenge(challenge)
                : new EventIntakeResult.Malformed("url_verification without a challenge");
        }

        if (type != "event_callback")
        {
            return new EventIntakeResult.Ignored(type ?? "(none)");
        }

        if (Str(envelope["event_id"]) is not { } eventId || envelope["event"] is not JsonObject)
        {
            return new EventIntakeResult.Malformed("event_callback needs event_id and event");
        }

        var added = await work.QueueEventAsync(eventId, envelope.ToJsonString(), ct);
        return new EventIntakeResult.Accepted(!added);
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
