using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Oncall;

/// <summary>
/// Tells the incident channel a chain has nobody left to page: who did not answer a page by name, or the escalation target
/// mentioned when it is a group or channel.
/// </summary>
public sealed class PagesExhaustedHandler(IncidentStore incidents, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => OncallWorkKinds.PagesExhausted;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var notice = OncallWorkKinds.Parse<ExhaustedPayload>(item.Payload);
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is { ChannelId: not null } incident)
        {
            await poster.InChannelAsync(incident, $"pages-exhausted:{incident.Id}:{notice.Chain}", PageMessage.ChannelEventType,
                PageMessage.Exhausted(wording.Workspace, notice, incident.Commander is not null), ct);
        }
    }
}
