using System.Globalization;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack;
using IncidentBot.Work;

namespace IncidentBot.Alerts;

/// <summary>
/// Declares the incident for an alert whose severity auto-declares, in the bot's name, through the same declare every
/// incident takes (its idempotency key is the alert's, so a retry declares once), with the status page component its
/// service names marked affected, then ties the alert to it.
/// </summary>
public sealed class AlertDeclareHandler(AlertStore alerts, AlertService service, IncidentService incidents, SeverityLadder ladder,
    SlackIdentity identity, Core.Configuration.IncidentBotOptions options, Core.StatusPage.ComponentCatalog components) : IWorkHandler
{
    public string Kind => AlertWorkKinds.Declare;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var alertId = long.Parse(item.Payload, CultureInfo.InvariantCulture);
        if (await alerts.GetAsync(alertId, ct) is not { IncidentId: null } alert || !alert.IsUndecided)
        {
            return;
        }

        var severity = ladder.TryParse(alert.SeverityKey, out var found) ? found : ladder.Default;
        var bot = await identity.BotUserIdAsync(ct);
        var declared = await incidents.DeclareAsync(new DeclareRequest(AlertKeys.Declare(alertId), alert.Title, severity, bot,
            IsPrivate: false, DeclarerIsCommander: false, Summary: alert.Description, DetectedVia: DetectionSource.Alert,
            Components: AlertMapping.Components(alert.Service, components),
            PageRotation: Core.Oncall.OncallPolicy.RotationFor(options, severity.Key, null)), ct);
        await service.AttachAsync(alertId, declared.Incident.Id, null, ct);
    }
}
