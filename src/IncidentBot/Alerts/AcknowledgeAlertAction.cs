using System.Text.Json.Nodes;
using IncidentBot.Core.Alerts;
using IncidentBot.Slack.Interactions;

namespace IncidentBot.Alerts;

/// <summary>A triage message's Acknowledge: records who took the alert; the message says so.</summary>
public sealed class AcknowledgeAlertAction(AlertButton button, AlertService alerts, ActionReply reply) : IBlockActionHandler
{
    public string ActionId => TriageMessage.AcknowledgeAction;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user || await button.AlertAsync(action, ct) is not { } alert)
        {
            await reply.SendAsync(payload, (await reply.WordsAsync(payload, ct))["alert.triage.unknown"], ct);
            return;
        }

        if (!await alerts.AcknowledgeAsync(alert.Id, user, ct))
        {
            await reply.SendAsync(payload, (await reply.WordsAsync(payload, ct))["alert.triage.already"], ct);
        }
    }
}
