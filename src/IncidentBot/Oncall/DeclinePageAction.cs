using System.Text.Json.Nodes;
using IncidentBot.Core.Oncall;
using IncidentBot.Slack.Interactions;

namespace IncidentBot.Oncall;

/// <summary>A page's <b>Can't take it</b> button: the next person in its chain is paged at once.</summary>
public sealed class DeclinePageAction(PagingService paging, ActionReply reply) : IBlockActionHandler
{
    public string ActionId => PageMessage.DeclineAction;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user || AcknowledgePageAction.PageId(action) is not { } pageId)
        {
            return;
        }

        var answer = await paging.DeclineAsync(pageId, user, ct);
        await reply.SendAsync(payload, PageAnswers.Text(await reply.WordsAsync(payload, ct), answer, acknowledged: false), ct);
    }
}
