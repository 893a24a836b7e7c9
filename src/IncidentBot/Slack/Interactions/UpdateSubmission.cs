using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The update form's submission: validates status, summary, the template's fields (<see cref="UpdateFormReader"/>)
/// the next-update interval and the status page's fields (<see cref="PublicFormReader"/>; errors in the submitter's words,
/// each on its input), then posts the update, and publishes what it says to, once.
/// </summary>
public sealed class UpdateSubmission(UpdateService updates, IncidentStore incidents, SeverityLadder ladder, ComponentCatalog components, Wording wording) : IViewSubmissionHandler
{
    public string CallbackId => UpdateModal.CallbackId;

    public async Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct)
    {
        var metadata = payload.PrivateMetadata ?? "";
        var assessment = metadata.EndsWith(UpdateForm.AssessmentSuffix, StringComparison.Ordinal);
        if (!long.TryParse(assessment ? metadata[..^UpdateForm.AssessmentSuffix.Length] : metadata, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await incidents.GetAsync(id, ct) is not { } incident || payload.UserId is not { } user || payload.ViewId is not { } viewId)
        {
            return ViewSubmissionResult.Error(UpdateModal.SummaryBlock, (await wording.ForAsync(payload, ct))["form.error.lost_incident"]);
        }

        var words = await wording.ForAsync(user, ct);
        var errors = new Dictionary<string, string>();
        if (!Enum.TryParse<IncidentStatus>(payload.SelectedValue(UpdateModal.StatusBlock), out var status) || !UpdateModal.Statuses.Contains(status))
        {
            errors[UpdateModal.StatusBlock] = words.Text("update_form.error.status", ("statuses", ModalElements.Either(words, UpdateModal.Statuses.Select(words.Status).ToList())));
        }

        var summary = payload.TextValue(UpdateModal.SummaryBlock);
        if (string.IsNullOrWhiteSpace(summary))
        {
            errors[UpdateModal.SummaryBlock] = words["update_form.error.summary"];
        }
        else if (summary.Trim().Length > UpdateModal.SummaryMax)
        {
            errors[UpdateModal.SummaryBlock] = words.Text("update_form.error.summary_long", ("max", UpdateModal.SummaryMax));
        }

        var cadence = ladder.For(incident).UpdateCadence;
        var nextUpdate = NextUpdateIn(payload.SelectedValue(UpdateModal.NextUpdateBlock));
        if (cadence is { } c && nextUpdate is { } n && (n <= TimeSpan.Zero || n > c))
        {
            errors[UpdateModal.NextUpdateBlock] = words.Text("update_form.error.next_update", ("cadence", words.Duration(c)));
        }

        var (details, templateErrors) = UpdateFormReader.Read(words, payload, assessment);
        foreach (var (block, error) in templateErrors)
        {
            errors[block] = error;
        }

        var publish = PublicFormReader.Read(words, payload, incident, components, errors);

        if (errors.Count > 0)
        {
            return new ViewSubmissionResult(errors);
        }

        var result = await updates.PostAsync(new UpdateRequest(
            incident.Id, $"view:{viewId}", user, status, summary!, payload.TextValue(UpdateModal.ImpactBlock),
            payload.TextValue(UpdateTemplateBlocks.HypothesisBlock), payload.TextValue(UpdateModal.NextStepsBlock),
            payload.TextValue(UpdateModal.EtaBlock), payload.SelectedValue(UpdateModal.ConfidenceBlock), nextUpdate, details, publish), ct);
        return result.Refused ? ViewSubmissionResult.Error(UpdateModal.SummaryBlock, CadenceAnswers.Resolved(await wording.ForAsync(payload, ct), result.Incident)) : ViewSubmissionResult.Close;
    }

    private static TimeSpan? NextUpdateIn(string? seconds) =>
        long.TryParse(seconds, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : null;
}
