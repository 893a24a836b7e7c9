using IncidentBot.Core.Configuration;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Resolves the PagerDuty alert of a resolved incident, when its trigger went (or may have: a trigger attempted and cut
/// off is resolved too, which is harmless if it never arrived). Once per resolution, by the effect ledger.
/// </summary>
public sealed partial class PagerDutyResolveHandler(
    IncidentStore incidents, EffectLedger ledger, PagerDutyClient client, IncidentBotOptions options, ILogger<PagerDutyResolveHandler> logger) : IWorkHandler
{
    public string Kind => PagerDutyWorkKinds.Resolve;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var work = PagerDutyWorkKinds.Parse(item.Payload);
        if (await ledger.GetAsync(PagerDutyWorkKinds.TriggerEffect(work.IncidentId), ct) is not { State: EffectRecord.Done or EffectRecord.Attempted }
            || await incidents.GetAsync(work.IncidentId, ct) is not { } incident)
        {
            return;
        }

        await ledger.RunOnceAsync(PagerDutyWorkKinds.ResolveEffect(work.IncidentId, work.Sequence),
            () => client.SendAsync(PagerDutyEvents.Resolve(options.PagerDuty.RoutingKey!, incident.Number), ct), ct);
        LogResolved(incident.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: PagerDuty alert resolved")]
    private partial void LogResolved(long incidentId);
}
