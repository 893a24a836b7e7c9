using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Rewrites a checklist message (its ts is the payload) from the stored ticks, so everyone in the channel sees what was
/// ticked, by whom it is on the timeline. Rewriting is idempotent, so a retry does no harm.
/// </summary>
public sealed class RefreshChecklistHandler(IncidentStore incidents, ChecklistService checklists, ISlackApi slack, Wording wording) : IWorkHandler
{
    public string Kind => TypeWorkKinds.RefreshChecklist;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { ChannelId: { } channel } incident || item.Payload.Length == 0)
        {
            return;
        }

        var (text, blocks) = ChecklistMessage.Build(wording.Workspace, incident, await checklists.ListAsync(incident.Id, ct));
        await slack.UpdateMessageAsync(channel, item.Payload, text, blocks, ct);
    }
}
