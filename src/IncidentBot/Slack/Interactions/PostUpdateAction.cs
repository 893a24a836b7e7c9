using System.Text.Json.Nodes;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>The Post update button (brief, reminder, DM): opens the update modal with the click's trigger, in the clicker's words.</summary>
public sealed class PostUpdateAction(ActionReply reply, UpdateModalOpener modal) : IBlockActionHandler
{
    public string ActionId => CadenceActions.PostUpdate;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (await reply.IncidentAsync(action, ct) is not { } incident)
        {
            await reply.SendAsync(payload, CadenceAnswers.NoIncident(await reply.WordsAsync(payload, ct)), ct);
            return;
        }

        var words = await reply.WordsAsync(payload, ct);
        var problem = incident.IsOpen
            ? await modal.OpenUpdateAsync(words, payload.TriggerId, incident, ct)
            : CadenceAnswers.Resolved(words, incident);
        if (problem is not null)
        {
            await reply.SendAsync(payload, problem, ct);
        }
    }
}
