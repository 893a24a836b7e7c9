using System.Globalization;
using IncidentBot.Core.Alerts;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Alerts;

/// <summary>The decline form's submission: a reason from the list is required; the note is optional.</summary>
public sealed class DeclineAlertSubmission(AlertService alerts, Wording wording) : IViewSubmissionHandler
{
    public string CallbackId => AlertDeclineModal.CallbackId;

    public async Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct)
    {
        var words = await wording.ForAsync(payload, ct);
        if (!long.TryParse(payload.PrivateMetadata, NumberStyles.None, CultureInfo.InvariantCulture, out var alertId) || payload.UserId is not { } user)
        {
            return ViewSubmissionResult.Error(AlertDeclineModal.ReasonBlock, words["alert.triage.unknown"]);
        }

        if (payload.SelectedValue(AlertDeclineModal.ReasonBlock) is not { } reason || !AlertDeclineReasons.All.Contains(reason))
        {
            return ViewSubmissionResult.Error(AlertDeclineModal.ReasonBlock, words["alert.decline_form.choose_reason"]);
        }

        return await alerts.DeclineAsync(alertId, user, reason, payload.TextValue(AlertDeclineModal.NoteBlock), ct)
            ? ViewSubmissionResult.Close
            : ViewSubmissionResult.Error(AlertDeclineModal.ReasonBlock, words["alert.triage.already"]);
    }
}
