using IncidentBot.Core.Configuration;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// Which integrations are on, read from the settings, each with its last call as recorded by any replica. A new
/// integration is one line in <see cref="Known"/>.
/// </summary>
public sealed class IntegrationDirectory(IncidentBotOptions options, IntegrationCallStore calls)
{
    public static IReadOnlyList<KnownIntegration> Known { get; } =
    [
        new("pagerduty", "PagerDuty", o => o.PagerDuty.SendsEvents || o.PagerDuty.ReceivesWebhooks || o.PagerDuty.ReadsSchedule),
        new("opsgenie", "Opsgenie", o => o.Opsgenie.SendsAlerts || o.Opsgenie.ReceivesWebhooks),
        new("jira", "Jira", o => o.Jira.IsOn),
        new("linear", "Linear", o => o.Linear.IsOn),
        new("confluence", "Confluence", o => o.Confluence.IsOn),
        new("statuspage", "Statuspage", o => o.StatusPage.PublishesToStatuspage),
        new("zoom", "Zoom", o => o.Zoom.CreatesMeetings),
    ];

    public async Task<IReadOnlyList<IntegrationState>> ListAsync(CancellationToken ct = default)
    {
        var last = await calls.LastCallsAsync(ct);
        return Known.Select(k => new IntegrationState(k.Name, k.Title, k.IsOn(options), last.GetValueOrDefault(k.Name))).ToList();
    }
}
