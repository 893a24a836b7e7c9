using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>The Done button on <c>/incident actions</c>: marks the item done and says so to the person who clicked.</summary>
public sealed class ActionDoneButton(ActionItemService actions, ClickNotices notices) : IBlockActionHandler
{
    public string ActionId => ActionItemMessages.DoneActionId;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user
            || !long.TryParse(action["value"]?.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await actions.MarkDoneAsync(id, user, ct) is not var (item, changed))
        {
            return;
        }

        await notices.TellAsync(item.IncidentId, payload.ChannelId, user, ActionItemMessages.Done(item, changed), ct);
    }
}
