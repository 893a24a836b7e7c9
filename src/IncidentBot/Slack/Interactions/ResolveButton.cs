using System.Text.Json.Nodes;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The brief's (and the soak message's) Resolve button: opens the resolve modal with the click's trigger, in the
/// clicker's words.
/// </summary>
public sealed class ResolveButton(ActionReply reply, ResolveModalOpener opener, Notices notices) : IBlockActionHandler
{
    public const string Id = "resolve";

    public string ActionId => Id;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user || await reply.IncidentAsync(action, ct) is not { } incident)
        {
            await reply.SendAsync(payload, CadenceAnswers.NoIncident(await reply.WordsAsync(payload, ct)), ct);
            return;
        }

        if (await opener.OpenAsync(await reply.WordsAsync(payload, ct), incident, user, payload.TriggerId, null, ct) is { } problem)
        {
            if ((payload.ChannelId ?? incident.ChannelId) is { } channel)
            {
                await notices.EnqueueAsync(new EphemeralNotice(channel, user, problem), ct);
            }
        }
    }
}
