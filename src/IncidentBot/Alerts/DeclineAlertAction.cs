using System.Text.Json.Nodes;
using IncidentBot.Slack.Interactions;

namespace IncidentBot.Alerts;

/// <summary>A triage message's Decline…: the form asking why (a reason is required).</summary>
public sealed class DeclineAlertAction(AlertButton button, ActionReply reply, AlertModalOpener opener) : IBlockActionHandler
{
    public string ActionId => TriageMessage.DeclineAction;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        var words = await reply.WordsAsync(payload, ct);
        if (await button.AlertAsync(action, ct) is not { } alert)
        {
            await reply.SendAsync(payload, words["alert.triage.unknown"], ct);
            return;
        }

        if (!alert.IsUndecided)
        {
            await reply.SendAsync(payload, words["alert.triage.already"], ct);
            return;
        }

        await opener.OpenAsync(payload, words, AlertDeclineModal.Build(words, alert), ct);
    }
}
