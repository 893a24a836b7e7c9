using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Closes the Opsgenie alert of a resolved incident, by its alias, when its create went (or may have). Once per
/// resolution, by the effect ledger.
/// </summary>
public sealed partial class OpsgenieCloseHandler(
    IncidentStore incidents, EffectLedger ledger, OpsgenieClient client, Words words, ILogger<OpsgenieCloseHandler> logger) : IWorkHandler
{
    public string Kind => OpsgenieWorkKinds.Close;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var work = OpsgenieWorkKinds.Parse(item.Payload);
        if (await ledger.GetAsync(OpsgenieWorkKinds.CreateEffect(work.IncidentId), ct) is not { State: EffectRecord.Done or EffectRecord.Attempted }
            || await incidents.GetAsync(work.IncidentId, ct) is not { } incident)
        {
            return;
        }

        await ledger.RunOnceAsync(OpsgenieWorkKinds.CloseEffect(work.IncidentId, work.Sequence),
            () => client.CloseAsync(OpsgenieWorkKinds.Alias(incident.Number), OpsgenieAlerts.Close(words), ct), ct);
        LogClosed(incident.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: Opsgenie alert closed")]
    private partial void LogClosed(long incidentId);
}
