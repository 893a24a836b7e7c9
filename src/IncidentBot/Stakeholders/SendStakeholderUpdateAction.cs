using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Stakeholders;

/// <summary>
/// The stakeholder reminder's Send to stakeholders button: sends the executive summary, unless one went since the
/// reminder was posted (the button carries how many had been sent), so two clicks send it once.
/// </summary>
public sealed class SendStakeholderUpdateAction(ActionReply reply, IncidentStore incidents, StakeholderService stakeholders) : IBlockActionHandler
{
    public string ActionId => StakeholderReminderMessage.SendAction;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var words = await reply.WordsAsync(payload, ct);
        var parts = (InteractionPayload.ActionString(action, "value") ?? "").Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sent)
            || payload.UserId is not { } user || await incidents.GetAsync(id, ct) is not { } incident)
        {
            await reply.SendAsync(payload, CadenceAnswers.NoIncident(words), ct);
            return;
        }

        var result = await stakeholders.SendAsync(incident.Id, user, sent, ct);
        await reply.SendAsync(payload, StakeholderAnswers.Result(words, incident, result), ct);
    }
}
