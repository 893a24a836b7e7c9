using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>The reminder's Snooze button: delays the next reminder by 30 minutes or one cadence, whichever is shorter.</summary>
public sealed class SnoozeAction(ActionReply reply, SnoozeService service, SeverityLadder ladder) : IBlockActionHandler
{
    public string ActionId => CadenceActions.Snooze;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (await reply.IncidentAsync(action, ct) is not { } incident || payload.UserId is not { } user)
        {
            await reply.SendAsync(payload, CadenceAnswers.NoIncident(await reply.WordsAsync(payload, ct)), ct);
            return;
        }

        var cadence = ladder.For(incident).UpdateCadence ?? TimeSpan.FromMinutes(30);
        var result = await service.SnoozeAsync(incident.Id, user, SnoozePolicy.ButtonDelay(cadence), ct);
        await reply.SendAsync(payload, CadenceAnswers.SnoozeResult(await reply.WordsAsync(payload, ct), result), ct);
    }
}
