using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Oncall;
using IncidentBot.Slack.Interactions;

namespace IncidentBot.Oncall;

/// <summary>A page's <b>Acknowledge</b> button: the paged person takes it (and IC when nobody holds it); anyone else is told it is not theirs.</summary>
public sealed class AcknowledgePageAction(PagingService paging, ActionReply reply) : IBlockActionHandler
{
    public string ActionId => PageMessage.AcknowledgeAction;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user || PageId(action) is not { } pageId)
        {
            return;
        }

        var answer = await paging.AcknowledgeAsync(pageId, user, ct);
        await reply.SendAsync(payload, PageAnswers.Text(await reply.WordsAsync(payload, ct), answer, acknowledged: true), ct);
    }

    /// <summary>The page id a page button carries as its value.</summary>
    public static long? PageId(JsonObject action) =>
        long.TryParse(InteractionPayload.ActionString(action, "value"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
