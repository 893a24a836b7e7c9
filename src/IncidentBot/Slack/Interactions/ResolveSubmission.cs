using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The resolve modal's submission: a summary is required; the permission is checked again; then resolves. Errors are in
/// the submitter's words.
/// </summary>
public sealed class ResolveSubmission(ResolutionService resolutions, Wording wording) : IViewSubmissionHandler
{
    public string CallbackId => ResolveModal.CallbackId;

    public async Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct)
    {
        var summary = payload.TextValue(ResolveModal.SummaryBlock)?.Trim();
        if (string.IsNullOrEmpty(summary))
        {
            return ViewSubmissionResult.Error(ResolveModal.SummaryBlock, (await wording.ForAsync(payload, ct))["resolve_form.error.summary"]);
        }

        if (payload.UserId is not { } user || payload.ViewId is not { } viewId || ResolveModal.IncidentId(payload.PrivateMetadata) is not { } id)
        {
            return ViewSubmissionResult.Error(ResolveModal.SummaryBlock, (await wording.ForAsync(payload, ct))["resolve_form.error.no_incident"]);
        }

        var options = payload.SelectedValues(ResolveModal.OptionsBlock);
        var rootCause = payload.TextValue(ResolveModal.RootCauseBlock)?.Trim();
        var result = await resolutions.ResolveAsync(new ResolveRequest(id, user, summary, string.IsNullOrEmpty(rootCause) ? null : rootCause,
            options.Contains(ResolveModal.ImpactConfirmedOption), options.Contains(ResolveModal.StartPostmortemOption), $"view:{viewId}"), ct);
        if (result.Outcome is ChangeOutcome.Done or ChangeOutcome.Unchanged)
        {
            return ViewSubmissionResult.Close;
        }

        var words = await wording.ForAsync(user, ct);
        return ViewSubmissionResult.Error(ResolveModal.SummaryBlock, result.Outcome switch
        {
            ChangeOutcome.Refused => ResolutionAnswers.Refused(words, result.Refusal!, Core.Policies.IncidentAction.Resolve, result.Incident!),
            ChangeOutcome.NotFound => words["resolve_form.error.gone"],
            _ => ResolutionAnswers.ResolvedMeanwhile(words, result.Incident!),
        });
    }
}
