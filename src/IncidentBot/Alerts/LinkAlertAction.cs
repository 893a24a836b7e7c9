using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Interactions;

namespace IncidentBot.Alerts;

/// <summary>A triage message's Link to INC-n…: the form listing the open incidents the clicker can see, or why there is none.</summary>
public sealed class LinkAlertAction(AlertButton button, ActionReply reply, IncidentStore incidents, AlertModalOpener opener) : IBlockActionHandler
{
    public string ActionId => TriageMessage.LinkAction;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        var words = await reply.WordsAsync(payload, ct);
        if (payload.UserId is not { } user || await button.AlertAsync(action, ct) is not { } alert)
        {
            await reply.SendAsync(payload, words["alert.triage.unknown"], ct);
            return;
        }

        if (!alert.IsUndecided)
        {
            await reply.SendAsync(payload, words["alert.triage.already"], ct);
            return;
        }

        var visible = await VisibleOpenIncidents.ForAsync(incidents, user, ct);
        if (visible.Count == 0)
        {
            await reply.SendAsync(payload, words["alert.link_form.none"], ct);
            return;
        }

        await opener.OpenAsync(payload, words, AlertLinkModal.Build(words, alert, visible), ct);
    }
}
