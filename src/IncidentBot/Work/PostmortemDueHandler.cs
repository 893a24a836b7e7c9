using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Reminds the channel, in the workspace's words, that the post-mortem review is due, unless it is complete or the
/// incident was reopened.
/// </summary>
public sealed class PostmortemDueHandler(IncidentStore incidents, OncePoster poster, Wording wording, TimeProvider time) : IWorkHandler
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

        var (text, blocks) = PostmortemMessages.Due(wording.Workspace, incident, time.GetUtcNow() - at);
        await poster.PostAsync($"inc:{incidentId}:postmortem-due:{due.Step}:{due.ResolvedAtMs}", PostmortemMessages.DueEventType,
            new ChatMessage(channel, text, blocks), ct);
    }
}
