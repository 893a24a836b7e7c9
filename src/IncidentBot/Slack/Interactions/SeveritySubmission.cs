using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The change-severity modal's submission: refusals come back as an error on the severity field, in the submitter's words.
/// </summary>
public sealed class SeveritySubmission(SeverityService service, IncidentStore incidents, SeverityLadder ladder, Wording wording)
    : IViewSubmissionHandler
{
    public string CallbackId => SeverityModal.CallbackId;

    public async Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct)
    {
        if (!long.TryParse(payload.PrivateMetadata, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await incidents.GetAsync(id, ct) is not { } incident || payload.UserId is not { } user)
        {
            return ViewSubmissionResult.Error(SeverityModal.SeverityBlock, (await wording.ForAsync(payload, ct))["form.error.lost_incident"]);
        }

        if (!ladder.TryParse(payload.SelectedValue(SeverityModal.SeverityBlock), out var severity))
        {
            return ViewSubmissionResult.Error(SeverityModal.SeverityBlock, SeverityModal.ChooseOneOf(await wording.ForAsync(user, ct), ladder));
        }

        var result = await service.ChangeAsync(incident.Id, user, severity, payload.TextValue(SeverityModal.ReasonBlock), ct);
        return result.Outcome is SeverityChangeOutcome.Changed or SeverityChangeOutcome.AlreadyThatSeverity
            ? ViewSubmissionResult.Close
            : ViewSubmissionResult.Error(SeverityModal.SeverityBlock, CadenceAnswers.SeverityResult(await wording.ForAsync(payload, ct), result));
    }
}
