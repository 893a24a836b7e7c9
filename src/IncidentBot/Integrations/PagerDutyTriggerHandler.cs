using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Triggers the PagerDuty alert of a newly declared incident, unless it was resolved before the event could go (then
/// there is nobody to page). The effect ledger records the attempt before the call and its success after, so a rerun
/// sends nothing once it went; a rerun after a crash mid-call sends the same dedup key, which PagerDuty folds into the
/// alert already open instead of paging again.
/// </summary>
public sealed partial class PagerDutyTriggerHandler(
    IncidentStore incidents, EffectLedger ledger, PagerDutyClient client, IncidentBotOptions options, SeverityLadder ladder, Words words,
    ILogger<PagerDutyTriggerHandler> logger) : IWorkHandler
{
    public string Kind => PagerDutyWorkKinds.Trigger;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var work = PagerDutyWorkKinds.Parse(item.Payload);
        var key = PagerDutyWorkKinds.TriggerEffect(work.IncidentId);
        if (await ledger.GetAsync(key, ct) is { IsDone: true } || await incidents.GetAsync(work.IncidentId, ct) is not { IsOpen: true } incident)
        {
            return;
        }

        await ledger.MarkAttemptedAsync(key, null, ct);
        try
        {
            await client.SendAsync(PagerDutyEvents.Trigger(options.PagerDuty.RoutingKey!, incident, ladder, words), ct);
        }
        catch (PagerDutyRefusedException refused)
        {
            await ledger.MarkRefusedAsync(key, refused.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
            LogRefused(incident.Id, refused.Status);
            throw;
        }

        await ledger.MarkDoneAsync(key, null, CancellationToken.None);
        LogTriggered(incident.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: PagerDuty alert triggered")]
    private partial void LogTriggered(long incidentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId}: PagerDuty refused the trigger event ({Status}); check the routing key")]
    private partial void LogRefused(long incidentId, int status);
}
