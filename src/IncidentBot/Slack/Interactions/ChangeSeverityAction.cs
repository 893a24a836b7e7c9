using System.Text.Json.Nodes;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The brief's Change severity button: refuses at once who may not, otherwise opens the severity modal in the clicker's
/// words.
/// </summary>
public sealed class ChangeSeverityAction(ActionReply reply, UpdateModalOpener modal, PermissionPolicy permissions) : IBlockActionHandler
{
    public string ActionId => CadenceActions.ChangeSeverity;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (await reply.IncidentAsync(action, ct) is not { } incident || payload.UserId is not { } user)
        {
            await reply.SendAsync(payload, CadenceAnswers.NoIncident(await reply.WordsAsync(payload, ct)), ct);
            return;
        }

        var permission = permissions.Check(incident, user, IncidentAction.ChangeSeverity);
        var words = await reply.WordsAsync(payload, ct);
        var problem = !incident.IsOpen ? CadenceAnswers.Resolved(words, incident)
            : !permission.Allowed ? CadenceAnswers.NotPermitted(words, permission)
            : await modal.OpenSeverityAsync(words, payload.TriggerId, incident, ct);
        if (problem is not null)
        {
            await reply.SendAsync(payload, problem, ct);
        }
    }
}
