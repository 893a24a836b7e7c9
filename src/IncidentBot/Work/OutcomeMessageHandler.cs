using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Posts "cancelled" or "merged into INC-n" once in the channel, and in the feed thread for public incidents; nothing
/// when the incident was reopened (or closed again) since.
/// </summary>
public sealed class OutcomeMessageHandler(IncidentStore incidents, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => OutcomeWorkKinds.OutcomeMessage;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var notice = OutcomeNotice.Parse(item.Payload);
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { ChannelId: not null, ResolvedAt: { } closedAt } incident
            || incident.Outcome != notice.Outcome || closedAt.ToUnixTimeMilliseconds() != notice.ClosedAtMs)
        {
            return;
        }

        (string Text, System.Text.Json.Nodes.JsonArray Blocks) message;
        if (notice.Outcome == IncidentOutcome.Cancelled)
        {
            message = OutcomeMessages.Cancelled(wording.Workspace, incident, incident.OutcomeReason ?? "", notice.By);
        }
        else if (incident.MergedInto is { } number && await incidents.GetByNumberAsync(number, ct) is { } target)
        {
            message = OutcomeMessages.Merged(wording.Workspace, incident, target, notice.ShowsTarget, notice.By);
        }
        else
        {
            return;
        }

        await poster.InChannelAndFeedAsync(incident, $"inc:{incident.Id}:outcome:{notice.Outcome}:{notice.ClosedAtMs}", OutcomeMessages.EventType, message, ct);
    }
}
