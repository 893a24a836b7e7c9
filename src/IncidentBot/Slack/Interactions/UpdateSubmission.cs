using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The update modal's submission: validates status, summary and next-update interval (errors in the submitter's words),
/// then posts the update once.
/// </summary>
public sealed class UpdateSubmission(UpdateService updates, IncidentStore incidents, SeverityLadder ladder, Wording wording) : IViewSubmissionHandler
{
    public string CallbackId => UpdateModal.CallbackId;

    public async Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct)
    {
        if (!long.TryParse(payload.PrivateMetadata, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await incidents.GetAsync(id, ct) is not { } incident || payload.UserId is not { } user || payload.ViewId is not { } viewId)
        {
            return ViewSubmissionResult.Error(UpdateModal.SummaryBlock, (await wording.ForAsync(payload, ct))["form.error.lost_incident"]);
        }

        if (!Enum.TryParse<IncidentStatus>(payload.SelectedValue(UpdateModal.StatusBlock), out var status) || !UpdateModal.Statuses.Contains(status))
        {
            var words = await wording.ForAsync(user, ct);
            var statuses = ModalElements.Either(words, UpdateModal.Statuses.Select(words.Status).ToList());
            return ViewSubmissionResult.Error(UpdateModal.StatusBlock, words.Text("update_form.error.status", ("statuses", statuses)));
        }

        if (payload.TextValue(UpdateModal.SummaryBlock) is not { } summary || string.IsNullOrWhiteSpace(summary))
        {
            return ViewSubmissionResult.Error(UpdateModal.SummaryBlock, (await wording.ForAsync(user, ct))["update_form.error.summary"]);
        }

        var cadence = ladder.For(incident).UpdateCadence;
        var nextUpdate = NextUpdateIn(payload.SelectedValue(UpdateModal.NextUpdateBlock));
        if (cadence is { } c && nextUpdate is { } n && (n <= TimeSpan.Zero || n > c))
        {
            var words = await wording.ForAsync(user, ct);
            return ViewSubmissionResult.Error(UpdateModal.NextUpdateBlock, words.Text("update_form.error.next_update", ("cadence", words.Duration(c))));
        }

        var result = await updates.PostAsync(new UpdateRequest(
            incident.Id, $"view:{viewId}", user, status, summary, payload.TextValue(UpdateModal.ImpactBlock),
            payload.TextValue(UpdateModal.HypothesisBlock), payload.TextValue(UpdateModal.NextStepsBlock),
            payload.TextValue(UpdateModal.EtaBlock), payload.SelectedValue(UpdateModal.ConfidenceBlock), nextUpdate), ct);
        return result.Refused ? ViewSubmissionResult.Error(UpdateModal.SummaryBlock, CadenceAnswers.Resolved(await wording.ForAsync(payload, ct), result.Incident)) : ViewSubmissionResult.Close;
    }

    private static TimeSpan? NextUpdateIn(string? seconds) =>
        long.TryParse(seconds, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : null;
}
