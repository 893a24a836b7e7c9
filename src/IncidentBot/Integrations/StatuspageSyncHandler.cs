using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Brings an incident's Statuspage incident in step: the public messages not sent yet, oldest first (the first creates
/// the Statuspage incident, and the brief then links it; each later one updates it with its stage and text), then the
/// resolution when it asks for one. One sync per incident at a time holds its claim and the others wait, so messages go
/// in order and the incident is created once; what was sent is recorded after each call, so a rerun sends nothing
/// twice. A rerun after a crash in the middle of an update sends that update again (the same text once more at worst).
/// The create cannot be repeated that way, as Statuspage takes no idempotency key: it carries metadata naming our
/// incident (<see cref="StatuspageMetadata"/>) and is recorded as attempted in the effect ledger before the call, so a
/// rerun that finds an attempt without a stored id (the bot stopped, or the answer was lost, a 5xx included) first looks
/// through the page's unresolved incidents and adopts the one naming ours, and creates only when there is none. An
/// answer that says nothing was created (a refusal, a rate limit, a connection never made) clears the attempt. A call
/// Statuspage refuses is recorded as sent and logged, so it does not hold up the rest; the work then ends failed.
/// </summary>
public sealed partial class StatuspageSyncHandler(
    IncidentStore incidents, StatusPageStore published, StatuspageSyncStore links, EffectLedger ledger, StatuspageClient client,
    IncidentBotOptions options, Wording wording, StandaloneWork work, TimeProvider time, ILogger<StatuspageSyncHandler> logger) : IWorkHandler
{
    /// <summary>How long a sync waits for another one on the same incident before looking again.</summary>
    public static readonly TimeSpan WaitForClaim = TimeSpan.FromSeconds(1);

    public string Kind => StatuspageWorkKinds.Sync;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var sync = StatuspageWorkKinds.Parse(item.Payload);
        if (await incidents.GetAsync(sync.IncidentId, ct) is not { } incident || !PublicRecord.MayPublish(incident))
        {
            return;
        }

        var claim = "work:" + item.Id.ToString(CultureInfo.InvariantCulture);
        var link = await links.TryClaimAsync(incident.Id, claim, time.GetUtcNow(), ct) ?? throw new WorkDeferredException(WaitForClaim);
        StatuspageRefusedException? refused = null;
        try
        {
            refused = await CatchUpAsync(incident, link, sync.Resolution, ct);
        }
        finally
        {
            await links.ReleaseAsync(incident.Id, claim, CancellationToken.None);
        }

        if (refused is not null)
        {
            throw refused;
        }
    }

    private async Task<StatuspageRefusedException?> CatchUpAsync(Incident incident, StatuspageLink link, int resolution, CancellationToken ct)
    {
        var words = wording.Workspace;
        var name = words["statuspage.page.service_disruption"];
        var affected = await published.ComponentsAsync(incident.Id, ct);
        var sent = link.SentComponents;
        var statuspageId = link.StatuspageId;
        StatuspageRefusedException? refused = null;
        foreach (var message in (await published.MessagesAsync(incident.Id, ct)).Where(m => m.Id > link.SentMessageId).OrderBy(m => m.Id))
        {
            var body = StatuspageIncidentBody.Build(name, message.Stage, message.Text, affected, options.StatusPage.ComponentMap, sent);
            try
            {
                statuspageId = await SendAsync(incident, statuspageId, body, ct);
            }
            catch (StatuspageRefusedException ex)
            {
                refused = ex;
                LogRefused(incident.Id, ex.Status);
            }

            sent = [.. StatuspageIncidentBody.ComponentIds(body)];
            await links.SaveSentMessageAsync(incident.Id, message.Id, sent, CancellationToken.None);
        }

        if (resolution > link.SentResolution && statuspageId is not null && !incident.IsOpen)
        {
            var body = StatuspageIncidentBody.Build(name, PublicStage.Resolved, words["statuspage_sync.resolved"], affected, options.StatusPage.ComponentMap, sent);
            try
            {
                await SendAsync(incident, statuspageId, body, ct);
            }
            catch (StatuspageRefusedException ex)
            {
                refused = ex;
                LogRefused(incident.Id, ex.Status);
            }

            await links.SaveSentResolutionAsync(incident.Id, resolution, StatuspageIncidentBody.ComponentIds(body), CancellationToken.None);
        }

        return refused;
    }

    /// <summary>Creates the Statuspage incident when there is none yet, else updates it; its id.</summary>
    private async Task<string> SendAsync(Incident incident, string? statuspageId, JsonObject body, CancellationToken ct)
    {
        if (statuspageId is not null)
        {
            await client.UpdateAsync(statuspageId, body, ct);
            LogUpdated(incident.Id);
            return statuspageId;
        }

        var key = StatuspageWorkKinds.CreateEffect(incident.Id);
        if (await ledger.GetAsync(key, ct) is { State: EffectRecord.Attempted or EffectRecord.Done }
            && await client.FindUnresolvedAsync(incident.Id, ct) is { } found)
        {
            // The earlier create reached Statuspage with this same first message: keep that incident, send nothing again.
            await RecordCreatedAsync(incident.Id, key, found);
            LogAdopted(incident.Id);
            return found.Id;
        }

        body["incident"]!["metadata"] = StatuspageMetadata.For(incident.Id);
        await ledger.MarkAttemptedAsync(key, null, ct);
        StatuspageCreated created;
        try
        {
            created = await client.CreateAsync(body, ct);
        }
        catch (Exception ex) when (NothingCreated(ex))
        {
            await ledger.MarkRefusedAsync(key, null, CancellationToken.None);
            throw;
        }

        await RecordCreatedAsync(incident.Id, key, created);
        LogCreated(incident.Id);
        return created.Id;
    }

    /// <summary>
    /// Whether a failed create certainly left nothing on the page: Statuspage refused it or limited it, or the connection
    /// was never made. Any other failure (a 5xx, a dropped or timed-out answer) may have come after the incident was made.
    /// </summary>
    private static bool NothingCreated(Exception ex) => ex switch
    {
        StatuspageRefusedException refused => refused.Status >= 400,
        WorkDeferredException => true,
        HttpRequestException { StatusCode: HttpStatusCode.TooManyRequests or (HttpStatusCode)420 } => true,
        HttpRequestException { StatusCode: null, HttpRequestError: HttpRequestError.ConnectionError } => true,
        _ => false,
    };

    private async Task RecordCreatedAsync(long incidentId, string key, StatuspageCreated created)
    {
        await links.SaveCreatedAsync(incidentId, created.Id, created.Shortlink?.AbsoluteUri, CancellationToken.None);
        await ledger.MarkDoneAsync(key, created.Id, CancellationToken.None);
        await work.QueueCoalescedAsync(WorkKinds.RefreshMessages, incidentId, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: Statuspage incident created")]
    private partial void LogCreated(long incidentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: an earlier create had reached Statuspage without its answer; that incident is kept")]
    private partial void LogAdopted(long incidentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: Statuspage incident updated")]
    private partial void LogUpdated(long incidentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId}: Statuspage refused the call ({Status}); check the API key, page id and component map")]
    private partial void LogRefused(long incidentId, int status);
}
