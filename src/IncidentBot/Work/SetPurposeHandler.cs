using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Sets the incident channel's purpose from the current title (queued by a rename).</summary>
public sealed class SetPurposeHandler(IncidentStore incidents, ISlackApi slack) : IWorkHandler
{
    public string Kind => WorkKinds.SetPurpose;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is { ChannelId: { } channel } incident)
        {
            await slack.SetPurposeAsync(channel, ChannelTexts.Purpose(incident), ct);
        }
    }
}
