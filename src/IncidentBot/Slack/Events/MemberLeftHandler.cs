using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;

namespace IncidentBot.Slack.Events;

/// <summary>
/// <c>member_left_channel</c> (someone left, or was removed from, an incident channel) takes the person out of its
/// members: a private incident stops showing to them in <c>/incident list</c>, the Home tab and every other hint.
/// </summary>
public sealed class MemberLeftHandler(IncidentStore incidents, SqliteDatabase database) : ISlackEventProcessor
{
    public string EventType => "member_left_channel";

    public async Task HandleAsync(JsonObject evt, string eventId, CancellationToken ct)
    {
        if (EventField.Text(evt["channel"]) is not { } channel || EventField.Text(evt["user"]) is not { } user
            || await incidents.GetByChannelAsync(channel, ct) is not { } incident)
        {
            return;
        }

        await database.InTransactionAsync(tx => incidents.RemoveMemberAsync(tx, incident.Id, user), ct);
    }
}
