using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Interactions;

namespace IncidentBot.Alerts;

/// <summary>The alert a triage button's value names.</summary>
public sealed class AlertButton(AlertStore alerts)
{
    public async Task<AlertRecord?> AlertAsync(JsonObject action, CancellationToken ct) =>
        long.TryParse(InteractionPayload.ActionString(action, "value"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await alerts.GetAsync(id, ct)
            : null;
}
