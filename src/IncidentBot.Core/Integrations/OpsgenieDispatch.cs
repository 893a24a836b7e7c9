using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// Queues Opsgenie calls in the transaction of the change they follow: an alert created when an incident of a
/// configured severity is declared, closed when the incident is resolved (only when the create was sent).
/// </summary>
public sealed class OpsgenieDispatch(IncidentBotOptions options, SeverityLadder ladder)
{
    /// <summary>Whether declaring at <paramref name="severityKey"/> creates an Opsgenie alert.</summary>
    public bool Alerts(string severityKey)
    {
        if (!options.Opsgenie.SendsAlerts)
        {
            return false;
        }

        var keys = options.Opsgenie.Severities.Count > 0 ? options.Opsgenie.Severities : ladder.All.Take(2).Select(s => s.Key).ToList();
        return keys.Any(k => string.Equals(k, severityKey, StringComparison.OrdinalIgnoreCase));
    }

    public async Task QueueCreateAsync(Change change, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(incident);
        if (Alerts(incident.SeverityKey))
        {
            await change.QueueAsync(OpsgenieWorkKinds.Create, null, OpsgenieWorkKinds.Serialize(new OpsgenieWork(incident.Id)),
                OpsgenieWorkKinds.CreateEffect(incident.Id));
        }
    }

    public async Task QueueCloseAsync(Change change, long incidentId, int sequence)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (options.Opsgenie.SendsAlerts)
        {
            await change.QueueAsync(OpsgenieWorkKinds.Close, null, OpsgenieWorkKinds.Serialize(new OpsgenieWork(incidentId, sequence)),
                OpsgenieWorkKinds.CloseEffect(incidentId, sequence));
        }
    }
}
