using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Archives the incident channel when its planned time came and nobody kept it, then records it (timeline entry, and
/// no more edits to the channel's messages). Archiving twice is harmless: Slack's <c>already_archived</c> counts as done.
/// </summary>
public sealed class ArchiveChannelHandler(ArchivePlanner planner, ISlackApi slack, OutcomeService outcomes, ILogger<ArchiveChannelHandler> logger)
    : IWorkHandler
{
    public string Kind => OutcomeWorkKinds.ArchiveChannel;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var due = ArchiveDue.Parse(item.Payload);
        var (incident, plan) = await planner.PlanAsync(item.IncidentId!.Value, ct);
        if (incident is not { ChannelId: { } channel } || plan is null || !plan.IsFor(due))
        {
            return;
        }

        await slack.ArchiveAsync(channel, ct);
        await outcomes.ArchivedAsync(incident.Id, ct);
        logger.LogInformation("Incident {IncidentNumber} channel archived", incident.Number);
    }
}
