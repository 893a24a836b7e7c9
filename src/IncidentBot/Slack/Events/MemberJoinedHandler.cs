using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Events;

/// <summary><c>member_joined_channel</c> in an incident channel adds the person to its responders.</summary>
public sealed class MemberJoinedHandler(ChannelMembership membership) : ISlackEventProcessor
{
    public string EventType => "member_joined_channel";

    public Task HandleAsync(JsonObject evt, string eventId, CancellationToken ct) => membership.ApplyAsync(evt, joined: true, ct);
}
