using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Posts the checklists again in the incident's channel (<c>/incident checklist</c>), as they stand now; once per request.</summary>
public sealed class PostChecklistHandler(IncidentStore incidents, ChecklistService checklists, OncePoster poster, Wording wording) : IWorkHandler
{
    public string Kind => TypeWorkKinds.PostChecklist;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { ChannelId: { } channel } incident)
        {
            return;
        }

        var (text, blocks) = ChecklistMessage.Build(wording.Workspace, incident, await checklists.ListAsync(incident.Id, ct));
        await poster.PostAsync($"inc:{incident.Id}:checklist:{item.Id}", ChecklistMessage.MetadataEventType, new ChatMessage(channel, text, blocks), ct);
    }
}
