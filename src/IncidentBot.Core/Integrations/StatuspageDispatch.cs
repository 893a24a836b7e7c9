using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// Queues a Statuspage sync in the transaction of the change it follows: after each public message, and after a
/// resolution of an incident that has published something. Nothing is queued for an incident that may not be public.
/// </summary>
public sealed class StatuspageDispatch(IncidentBotOptions options)
{
    public Task QueueForMessageAsync(Change change, Incident incident, string requestKey) =>
        QueueAsync(change, incident, new StatuspageWork(incident.Id), StatuspageWorkKinds.MessageKey(incident.Id, requestKey));

    public async Task QueueForResolutionAsync(Change change, Incident incident, int sequence)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(incident);
        if (options.StatusPage.PublishesToStatuspage && await StatusPageStore.HasMessageAsync(change.Transaction, incident.Id))
        {
            await QueueAsync(change, incident, new StatuspageWork(incident.Id, sequence), StatuspageWorkKinds.ResolutionKey(incident.Id, sequence));
        }
    }

    private async Task QueueAsync(Change change, Incident incident, StatuspageWork work, string key)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (options.StatusPage.PublishesToStatuspage && PublicRecord.MayPublish(incident))
        {
            await change.QueueAsync(StatuspageWorkKinds.Sync, null, StatuspageWorkKinds.Serialize(work), key);
        }
    }
}
