using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Slack.Events;

/// <summary>
/// Takes an Events API envelope from either transport (HTTP or Socket Mode): records its <c>event_id</c> and queues
/// the event in one transaction, so a redelivery is a no-op and nothing is lost if the process dies after the ack.
/// </summary>
public sealed class EventIntake(Database database, EventInbox inbox, OutboxStore outbox, IWorkSignal signal, TimeProvider time)
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

        var now = time.GetUtcNow();
        var added = await database.InTransactionAsync(async tx =>
            await inbox.TryRecordAsync(tx, eventId, now)
            && await outbox.EnqueueAsync(tx, WorkKinds.SlackEvent, null, envelope.ToJsonString(), now, $"event:{eventId}"), ct);
        if (added)
        {
            signal.Notify();
        }

        return new EventIntakeResult.Accepted(!added);
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
