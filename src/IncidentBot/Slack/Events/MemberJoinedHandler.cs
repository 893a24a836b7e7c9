using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;

namespace IncidentBot.Slack.Events;

/// <summary><c>member_joined_channel</c> in an incident channel adds the person to its responders.</summary>
public sealed class MemberJoinedHandler(IncidentStore incidents, SqliteDatabase database, TimeProvider time) : ISlackEventProcessor
{
    public string EventType => "member_joined_channel";

    public async Task HandleAsync(JsonObject evt, string eventId, CancellationToken ct)
    {
        if (EventField.Text(evt["channel"]) is not { } channel || EventField.Text(evt["user"]) is not { } user
            || await incidents.GetByChannelAsync(channel, ct) is not { } incident)
        {
            return;
        }

        await database.InTransactionAsync(tx => incidents.AddMemberAsync(tx, incident.Id, user, time.GetUtcNow()), ct);
    }
}
