using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// Queues PagerDuty events in the transaction of the change they follow: a trigger when an incident of a configured
/// severity is declared, a resolve when an incident is resolved (sent only when its trigger was).
/// </summary>
public sealed class PagerDutyDispatch(IncidentBotOptions options, SeverityLadder ladder)
{
    /// <summary>Whether declaring at <paramref name="severityKey"/> pages PagerDuty.</summary>
    public bool Pages(string severityKey)
    {
        if (!options.PagerDuty.SendsEvents)
        {
            return false;
        }

        var keys = options.PagerDuty.Severities.Count > 0 ? options.PagerDuty.Severities : ladder.All.Take(2).Select(s => s.Key).ToList();
        return keys.Any(k => string.Equals(k, severityKey, StringComparison.OrdinalIgnoreCase));
    }

    public async Task QueueTriggerAsync(Change change, Incident incident)
    {
        if (Pages(incident.SeverityKey))
        {
            await change.QueueAsync(PagerDutyWorkKinds.Trigger, null, PagerDutyWorkKinds.Serialize(new PagerDutyWork(incident.Id)),
                PagerDutyWorkKinds.TriggerEffect(incident.Id));
        }
    }

    public async Task QueueResolveAsync(Change change, long incidentId, int sequence)
    {
        if (options.PagerDuty.SendsEvents)
        {
            await change.QueueAsync(PagerDutyWorkKinds.Resolve, null, PagerDutyWorkKinds.Serialize(new PagerDutyWork(incidentId, sequence)),
                PagerDutyWorkKinds.ResolveEffect(incidentId, sequence));
        }
    }
}
