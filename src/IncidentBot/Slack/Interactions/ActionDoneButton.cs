using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The Done button on <c>/incident actions</c>: marks the item done and says so to the person who clicked, in their words.
/// </summary>
public sealed class ActionDoneButton(ActionItemService actions, Notices notices, ActionReply reply) : IBlockActionHandler
{
    public string ActionId => ActionItemMessages.DoneActionId;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user
            || !long.TryParse(InteractionPayload.ActionString(action, "value"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await actions.MarkDoneAsync(id, user, ct) is not var (item, changed))
        {
            return;
        }

        if (payload.ChannelId is { } channel)
        {
            var words = await reply.WordsAsync(payload, ct);
            await notices.EnqueueAsync(new EphemeralNotice(channel, user, ActionItemMessages.Done(words, item, changed)), ct);
        }
    }
}
