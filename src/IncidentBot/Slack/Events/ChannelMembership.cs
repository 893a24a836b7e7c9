using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;

namespace IncidentBot.Slack.Events;

/// <summary>
/// Keeps an incident's members in step with its channel when someone joins or leaves it. For a private incident the
/// event only says that something changed: Slack neither orders events nor are they handled one at a time, so a join
/// and a leave moments apart could land the wrong way round and leave someone removed still seeing the incident.
/// Slack's channel membership as it is now decides instead, whichever event is handled last.
/// </summary>
public sealed class ChannelMembership(IncidentStore incidents, IncidentService service, ISlackApi slack)
{
    public async Task ApplyAsync(JsonObject evt, bool joined, CancellationToken ct)
    {
        if (EventField.Text(evt["channel"]) is not { } channel || EventField.Text(evt["user"]) is not { } user
            || await incidents.GetByChannelAsync(channel, ct) is not { } incident)
        {
            return;
        }

        var isMember = incident.IsPrivate ? await InChannelAsync(channel, user, ct) : joined;
        await service.SetMemberAsync(incident.Id, user, isMember, ct);
    }

    private async Task<bool> InChannelAsync(string channel, string user, CancellationToken ct)
    {
        try
        {
            return await slack.IsChannelMemberAsync(channel, user, ct);
        }
        catch (SlackApiException ex) when (ex.Error is "channel_not_found" or "not_in_channel")
        {
            // The bot cannot see the channel any more (archived for it, or removed): nobody is added through it.
            return false;
        }
    }
}
