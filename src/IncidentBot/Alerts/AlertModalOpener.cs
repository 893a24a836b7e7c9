using System.Text.Json.Nodes;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Alerts;

/// <summary>Opens a triage form with the click's trigger; a failure is told to whoever clicked.</summary>
public sealed class AlertModalOpener(ISlackApi slack, ActionReply reply, ILogger<AlertModalOpener> logger)
{
    public async Task OpenAsync(InteractionPayload payload, Words words, JsonObject view, CancellationToken ct)
    {
        if (payload.TriggerId is not { } trigger)
        {
            await reply.SendAsync(payload, words["alert.triage.unknown"], ct);
            return;
        }

        try
        {
            await slack.OpenViewAsync(trigger, view, ct);
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("views.open for an alert's triage form failed: {SlackError}", ex.Error);
            await reply.SendAsync(payload, CommandAnswers.ModalFailed(words, ex.Error).Text ?? ex.Error, ct);
        }
    }
}
