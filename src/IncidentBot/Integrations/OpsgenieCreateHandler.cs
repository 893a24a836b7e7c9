using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Creates the Opsgenie alert of a newly declared incident, unless it was resolved before the call could go. The effect
/// ledger records the attempt before the call and its success after, so a rerun sends nothing once it went; a rerun
/// after a crash mid-call sends the same alias, which Opsgenie folds into the alert already open.
/// </summary>
public sealed partial class OpsgenieCreateHandler(
    IncidentStore incidents, EffectLedger ledger, OpsgenieClient client, SeverityLadder ladder, Words words,
    ILogger<OpsgenieCreateHandler> logger) : IWorkHandler
{
    public string Kind => OpsgenieWorkKinds.Create;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var work = OpsgenieWorkKinds.Parse(item.Payload);
        var key = OpsgenieWorkKinds.CreateEffect(work.IncidentId);
        if (await ledger.GetAsync(key, ct) is { IsDone: true } || await incidents.GetAsync(work.IncidentId, ct) is not { IsOpen: true } incident)
        {
            return;
        }

        await ledger.MarkAttemptedAsync(key, null, ct);
        try
        {
            await client.CreateAsync(OpsgenieAlerts.Create(incident, ladder, words), ct);
        }
        catch (OpsgenieRefusedException refused)
        {
            await ledger.MarkRefusedAsync(key, refused.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
            LogRefused(incident.Id, refused.Status);
            throw;
        }

        await ledger.MarkDoneAsync(key, null, CancellationToken.None);
        LogCreated(incident.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: Opsgenie alert created")]
    private partial void LogCreated(long incidentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId}: Opsgenie refused the alert ({Status}); check the API key")]
    private partial void LogRefused(long incidentId, int status);
}
