using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The words of the person an interaction came from: a form, its errors and the answer to a click are seen by that
/// person alone. A payload without a user gets the workspace's.
/// </summary>
public static class InteractionWords
{
    public static Task<Words> ForAsync(this Wording wording, InteractionPayload payload, CancellationToken ct) =>
        payload.UserId is { } user ? wording.ForAsync(user, ct) : Task.FromResult(wording.Workspace);
}
