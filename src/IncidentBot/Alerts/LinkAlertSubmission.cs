using System.Globalization;
using IncidentBot.Core.Alerts;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Alerts;

/// <summary>
/// The link form's submission: links the alert to the chosen incident as the submitter (who must be able to see it — a
/// forged choice of a private incident is refused like an unknown one); refusals come back on the incident field.
/// </summary>
public sealed class LinkAlertSubmission(AlertService alerts, Wording wording) : IViewSubmissionHandler
{
    public string CallbackId => AlertLinkModal.CallbackId;

    public async Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct)
    {
        var words = await wording.ForAsync(payload, ct);
        if (!long.TryParse(payload.PrivateMetadata, NumberStyles.None, CultureInfo.InvariantCulture, out var alertId) || payload.UserId is not { } user)
        {
            return ViewSubmissionResult.Error(AlertLinkModal.IncidentBlock, words["alert.triage.unknown"]);
        }

        if (!int.TryParse(payload.SelectedValue(AlertLinkModal.IncidentBlock), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return ViewSubmissionResult.Error(AlertLinkModal.IncidentBlock, words["alert.link_form.unknown_incident"]);
        }

        return await alerts.LinkAsync(alertId, number, user, ct) switch
        {
            LinkOutcome.Done => ViewSubmissionResult.Close,
            LinkOutcome.UnknownAlert => ViewSubmissionResult.Error(AlertLinkModal.IncidentBlock, words["alert.triage.unknown"]),
            LinkOutcome.AlreadyDecided => ViewSubmissionResult.Error(AlertLinkModal.IncidentBlock, words["alert.triage.already"]),
            LinkOutcome.IncidentClosed => ViewSubmissionResult.Error(AlertLinkModal.IncidentBlock, words["alert.link_form.closed"]),
            _ => ViewSubmissionResult.Error(AlertLinkModal.IncidentBlock, words["alert.link_form.unknown_incident"]),
        };
    }
}
