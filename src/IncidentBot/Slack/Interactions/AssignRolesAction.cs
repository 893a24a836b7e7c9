using System.Text.Json.Nodes;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Interactions;

/// <summary>The brief's <b>Assign roles…</b> button: opens the roles modal with the click's trigger, in the clicker's words.</summary>
public sealed class AssignRolesAction(ActionReply reply, RolesModalOpener modal, Notices notices) : IBlockActionHandler
{
    public const string Id = "assign_roles";

    public string ActionId => Id;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user || await reply.IncidentAsync(action, ct) is not { } incident)
        {
            await reply.SendAsync(payload, CadenceAnswers.NoIncident(await reply.WordsAsync(payload, ct)), ct);
            return;
        }

        if (await modal.OpenAsync(await reply.WordsAsync(payload, ct), payload.TriggerId, incident, ct) is { } problem
            && (payload.ChannelId ?? incident.ChannelId) is { } channel)
        {
            await notices.EnqueueAsync(new EphemeralNotice(channel, user, problem), ct);
        }
    }
}
