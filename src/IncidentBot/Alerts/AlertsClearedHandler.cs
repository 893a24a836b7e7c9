using System.Globalization;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Alerts;

/// <summary>
/// "All alerts cleared — resolve?" in the incident's channel, with the brief's Resolve button, once per moment the last
/// linked alert resolved; nothing when the incident was closed, or an alert fired again, since.
/// </summary>
public sealed class AlertsClearedHandler(IncidentStore incidents, AlertStore alerts, OncePoster poster, Wording wording) : IWorkHandler
{
    public const string EventType = "incidentbot_alerts_cleared";

    public string Kind => AlertWorkKinds.Cleared;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var cleared = AlertsCleared.Parse(item.Payload);
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { IsOpen: true, ChannelId: { } channel } incident
            || (await alerts.ForIncidentAsync(incident.Id, ct)).Any(a => a.StatusValue == AlertStatus.Firing))
        {
            return;
        }

        var words = wording.Workspace;
        var text = words.Text("alert.cleared.text", ("reference", incident.Reference));
        var blocks = Blocks.Array([
            Blocks.Section($":large_green_circle: {text}"),
            Blocks.Actions("alerts_cleared", Blocks.Button(ResolveButton.Id, words["alert.cleared.resolve"],
                incident.Id.ToString(CultureInfo.InvariantCulture), "primary")),
        ]);
        await poster.PostAsync(cleared.DedupeKey(incident.Id), EventType, new ChatMessage(channel, text, blocks), ct);
    }
}
