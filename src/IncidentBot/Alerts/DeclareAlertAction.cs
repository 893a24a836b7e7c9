using System.Text.Json.Nodes;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Alerts;

/// <summary>
/// A triage message's Declare…: opens the declare form with the click's trigger, prefilled from the alert (title,
/// severity, description as the summary, the status page component its service names as affected); submitting it declares
/// and ties the alert to the new incident.
/// </summary>
public sealed class DeclareAlertAction(AlertButton button, ActionReply reply, ISlackApi slack, SeverityLadder ladder, Core.StatusPage.ComponentCatalog components,
    IncidentTypeCatalog types, ILogger<DeclareAlertAction> logger) : IBlockActionHandler
{
    public string ActionId => TriageMessage.DeclareAction;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        var words = await reply.WordsAsync(payload, ct);
        if (await button.AlertAsync(action, ct) is not { } alert || payload.TriggerId is not { } trigger)
        {
            await reply.SendAsync(payload, words["alert.triage.unknown"], ct);
            return;
        }

        if (!alert.IsUndecided)
        {
            await reply.SendAsync(payload, words["alert.triage.already"], ct);
            return;
        }

        var severity = ladder.TryParse(alert.SeverityKey, out var found) ? found : ladder.Default;
        var metadata = new DeclareModalMetadata(null, payload.ChannelId, alert.Id).Serialize();
        try
        {
            await slack.OpenViewAsync(trigger, DeclareModal.Build(words, ladder, severity, types, types.Default, alert.Title, false, metadata, alert.Description, components,
                affected: AlertMapping.Components(alert.Service, components)), ct);
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("views.open for an alert's declare form failed: {SlackError}", ex.Error);
            await reply.SendAsync(payload, CommandAnswers.ModalFailed(words, ex.Error).Text ?? ex.Error, ct);
        }
    }
}
