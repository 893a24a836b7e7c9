using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// Opens the resolve modal for <c>/incident resolve</c> and the brief's Resolve button, inside the trigger's 3 seconds,
/// in the words of the person who asked.
/// Returns what to tell the person instead when it cannot open: already resolved, not permitted, or Slack refused.
/// </summary>
public sealed class ResolveModalOpener(ISlackApi slack, ResolutionService resolutions, ChecklistService checklists, ILogger<ResolveModalOpener> logger)
{
    public async Task<string?> OpenAsync(Words words, Incident incident, string userId, string? triggerId, string? summary, CancellationToken ct)
    {
        if (!incident.IsOpen)
        {
            return ResolutionAnswers.AlreadyResolved(words, incident).Text;
        }

        if (resolutions.Check(incident, userId, IncidentAction.Resolve) is { Allowed: false } refusal)
        {
            return ResolutionAnswers.Refused(words, refusal, IncidentAction.Resolve, incident);
        }

        if (triggerId is null)
        {
            return ResolutionAnswers.ModalFailed(words, "missing trigger_id").Text;
        }

        try
        {
            var caution = await checklists.CautionAsync(incident, ct);
            await slack.OpenViewAsync(triggerId, ResolveModal.Build(words, incident, summary, caution), ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("views.open for the resolve modal failed: {SlackError}", ex.Error);
            return ResolutionAnswers.ModalFailed(words, ex.Error).Text;
        }
    }
}
