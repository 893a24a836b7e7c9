using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>The resolve modal's submission: a summary is required; the permission is checked again; then resolves.</summary>
public sealed class ResolveSubmission(ResolutionService resolutions) : IViewSubmissionHandler
{
    public string CallbackId => ResolveModal.CallbackId;

    public async Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct)
    {
        var summary = payload.TextValue(ResolveModal.SummaryBlock)?.Trim();
        if (string.IsNullOrEmpty(summary))
        {
            return ViewSubmissionResult.Error(ResolveModal.SummaryBlock, "Say in a sentence what fixed it; the post-mortem starts from this.");
        }

        if (payload.UserId is not { } user || payload.ViewId is not { } viewId || ResolveModal.IncidentId(payload.PrivateMetadata) is not { } id)
        {
            return ViewSubmissionResult.Error(ResolveModal.SummaryBlock, "This form is missing its incident; please reopen it with `/incident resolve`.");
        }

        var options = payload.SelectedValues(ResolveModal.OptionsBlock);
        var rootCause = payload.TextValue(ResolveModal.RootCauseBlock)?.Trim();
        var result = await resolutions.ResolveAsync(new ResolveRequest(id, user, summary, string.IsNullOrEmpty(rootCause) ? null : rootCause,
            options.Contains(ResolveModal.ImpactConfirmedOption), options.Contains(ResolveModal.StartPostmortemOption), $"view:{viewId}"), ct);
        return result.Outcome switch
        {
            ChangeOutcome.Refused => ViewSubmissionResult.Error(ResolveModal.SummaryBlock,
                ResolutionAnswers.Refused(Core.Texts.Words.English, result.Refusal!, Core.Policies.IncidentAction.Resolve, result.Incident!)),
            ChangeOutcome.NotFound => ViewSubmissionResult.Error(ResolveModal.SummaryBlock, "That incident no longer exists."),
            ChangeOutcome.NotApplicable => ViewSubmissionResult.Error(ResolveModal.SummaryBlock, ResolutionAnswers.ResolvedMeanwhile(Core.Texts.Words.English, result.Incident!)),
            _ => ViewSubmissionResult.Close,
        };
    }
}
