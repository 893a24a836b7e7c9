using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// "Review complete" on the post-mortem and its reminders: stage closed, reminders stop. The IC or an admin may click it
/// (anyone while there is no IC); anyone else is told who can. The answer is only the clicker's, in their words.
/// </summary>
public sealed class ReviewCompleteButton(PostmortemService postmortems, Notices notices, Wording wording) : IBlockActionHandler
{
    public string ActionId => PostmortemMessages.ReviewCompleteActionId;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user
            || !long.TryParse(InteractionPayload.ActionString(action, "value"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return;
        }

        var result = await postmortems.CompleteReviewAsync(id, user, ct);
        if (result.Incident is { } incident)
        {
            var words = await wording.ForAsync(user, ct);
            var text = result.Outcome switch
            {
                ChangeOutcome.Done => PostmortemMessages.ReviewClosed(words, incident),
                ChangeOutcome.Unchanged => PostmortemMessages.ReviewAlreadyClosed(words, incident),
                ChangeOutcome.Refused => ResolutionAnswers.Refused(words, result.Refusal!, Core.Policies.IncidentAction.CompleteReview, incident),
                _ => PostmortemMessages.ReviewWhileOpen(words, incident),
            };
            if ((payload.ChannelId ?? incident.ChannelId) is { } channel)
            {
                await notices.EnqueueAsync(new EphemeralNotice(channel, user, text), ct);
            }
        }
    }
}
