using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The File ticket button under a new action item: queues the item to be filed in Jira or Linear, whichever is on (its key is posted in the
/// channel when Jira answers) and tells the person who clicked, in their words; an item done, already ticketed or of a
/// private incident is not filed, and they are told why.
/// </summary>
public sealed class FileTicketButton(ActionItemService actions, ActionItemStore items, Notices notices, ActionReply reply, Core.Configuration.IncidentBotOptions options) : IBlockActionHandler
{
    public string ActionId => TicketMessages.FileTicketActionId;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user
            || !long.TryParse(InteractionPayload.ActionString(action, "value"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await items.GetAsync(id, ct) is not { } item)
        {
            return;
        }

        var queued = await actions.FileTicketAsync(id, ct);
        if (payload.ChannelId is { } channel)
        {
            var words = await reply.WordsAsync(payload, ct);
            await notices.EnqueueAsync(new EphemeralNotice(channel, user,
                words.Text(queued ? Core.Integrations.TicketTracker.TextKey(Core.Integrations.TicketTracker.Of(options), "button.queued") : "tickets.button.not_filed", ("number", item.Number))), ct);
        }
    }
}
