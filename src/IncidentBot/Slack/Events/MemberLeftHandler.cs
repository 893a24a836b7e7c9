using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Events;

/// <summary>
/// <c>member_left_channel</c> (someone left, or was removed from, an incident channel) takes the person out of its
/// members: a private incident stops showing to them in <c>/incident list</c>, the Home tab and every other hint.
/// </summary>
public sealed class MemberLeftHandler(ChannelMembership membership) : ISlackEventProcessor
{
    public string EventType => "member_left_channel";

    public Task HandleAsync(JsonObject evt, string eventId, CancellationToken ct) => membership.ApplyAsync(evt, joined: false, ct);
}
