using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Tells the channel, once per planned archive, when it will be archived and how to keep it.</summary>
public sealed class ArchiveNoticeHandler(ArchivePlanner planner, OncePoster poster, Wording wording) : IWorkHandler
{
    public string Kind => OutcomeWorkKinds.ArchiveNotice;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var due = ArchiveDue.Parse(item.Payload);
        var (incident, plan) = await planner.PlanAsync(item.IncidentId!.Value, ct);
        if (incident is not { ChannelId: { } channel } || plan is null || !plan.IsFor(due))
        {
            return;
        }

        var (text, blocks) = OutcomeMessages.ArchiveNotice(wording.Workspace, plan.ArchiveAt);
        await poster.PostAsync($"inc:{incident.Id}:archive-notice:{due.ArchiveAtMs}", OutcomeMessages.ArchiveEventType,
            new ChatMessage(channel, text, blocks), ct);
    }
}
