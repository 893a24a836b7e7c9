using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Hosting;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Reminds the channel, in the workspace's words, that the post-mortem review is due, unless it is complete or the
/// incident was reopened, listing the action items overdue by then (<see cref="ActionItemDeadline"/>).
/// </summary>
public sealed class PostmortemDueHandler(
    IncidentStore incidents, ActionItemStore actions, OncePoster poster, Wording wording, IncidentBotOptions options, ZoneClock zone, TimeProvider time)
    : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.PostmortemDueReminder;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var due = PostmortemDue.Parse(item.Payload);
        var incidentId = item.IncidentId!.Value;
        var incident = await incidents.GetAsync(incidentId, ct);
        if (incident is not { IsOpen: false, ChannelId: { } channel, ResolvedAt: { } at } || at.ToUnixTimeMilliseconds() != due.ResolvedAtMs
            || incident.Stage is IncidentStage.Closed or IncidentStage.Active)
        {
            return;
        }

        var now = time.GetUtcNow();
        var days = options.ActionItemsDueWithin;
        var overdue = (await actions.ListAsync(incidentId, ct)).Where(a => ActionItemDeadline.IsOverdue(a, now, days, zone.Zone)).ToList();
        var (text, blocks) = PostmortemMessages.Due(wording.Workspace, incident, now - at, overdue, days);
        await poster.PostAsync($"inc:{incidentId}:postmortem-due:{due.Step}:{due.ResolvedAtMs}", PostmortemMessages.DueEventType,
            new ChatMessage(channel, text, blocks), ct);
    }
}
