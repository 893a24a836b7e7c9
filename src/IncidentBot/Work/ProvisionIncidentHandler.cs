using System.Text.Json;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Slack;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Sets up a declared incident in Slack: channel, then invitations, topic, purpose and the pinned brief side by side,
/// and a word to the declarer; then queues the feed headline (<see cref="PostHeadlineHandler"/>), which may have to
/// wait its turn in a busy feed channel without holding up the incident's other work. Each step is recorded, so a
/// retry or a restart resumes where it stopped. When Slack's limit on channel creation holds the channel back, the
/// declarer is told (once) how long, the headline is queued at once (it reads "channel being created" until the
/// channel is there, then is rewritten), and the work waits in the queue for the limit's <c>Retry-After</c>.
/// </summary>
public sealed class ProvisionIncidentHandler(
    IncidentStore incidents,
    CadenceStore cadence,
    FeedLineWork feedLine,
    ChannelProvisioner channels,
    OncePoster poster,
    EffectLedger ledger,
    ISlackApi slack,
    SeverityLadder ladder,
    RoleCatalog roles,
    WarRoomLinks warRoom,
    IncidentAlertLinks alertLinks,
    IntegrationLinks integrationLinks,
    Wording wording,
    IncidentBotOptions options,
    SlackIdentity identity,
    TimeProvider time,
    ILogger<ProvisionIncidentHandler> logger) : IWorkHandler
{
    public string Kind => WorkKinds.ProvisionIncident;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        var payload = JsonSerializer.Deserialize<ProvisionPayload>(item.Payload) ?? new ProvisionPayload(null);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["IncidentNumber"] = incident.Number });
        try
        {
            await ProvisionChannelAsync(incident, ct);
        }
        catch (SlackApiException ex) when (ex is { Method: "conversations.create", RetryAfter: { } wait })
        {
            logger.LogInformation("Channel for {IncidentNumber} waits {Delay} for Slack's limit on channel creation", incident.Number, wait);
            await NotifyAsync(incident, payload, $"inc:{incident.Id}:notify-delayed", DeclarerNotice.Delayed(await wording.ForAsync(incident.DeclaredBy, ct), incident, wait), ct);
            await feedLine.HeadlineAsync(incident, ct);
            throw;
        }
        catch (Exception ex) when (!TransientFailure.Is(ex) && ex is SlackApiException)
        {
            var error = ((SlackApiException)ex).Error;
            logger.LogError("Provisioning {IncidentNumber} stopped: Slack said {SlackError}", incident.Number, error);
            await NotifyAsync(incident, payload, $"inc:{incident.Id}:notify-failed", DeclarerNotice.Failed(await wording.ForAsync(incident.DeclaredBy, ct), incident, error), ct);
            throw;
        }

        var provisioned = (await incidents.GetAsync(incident.Id, ct))!;
        await NotifyAsync(incident, payload, $"inc:{incident.Id}:notify", DeclarerNotice.Declared(await wording.ForAsync(incident.DeclaredBy, ct), provisioned), ct);
        await feedLine.HeadlineAsync(provisioned, ct);
        await RewriteEarlyHeadlineAsync(provisioned, ct);
        logger.LogInformation("Incident {IncidentNumber} is set up in {ChannelId}", incident.Number, provisioned.ChannelId);
    }

    /// <summary>
    /// Makes the channel, then takes the steps that need only its ID side by side: they cost one Slack round trip
    /// instead of four. Each step keeps its own ledger key, so a retry or restart redoes only the steps not recorded
    /// done, whichever finished first; each ledger and store call has a connection and transaction of its own, so the
    /// steps share none. All of them finish before a failure is passed on, so no step is still running when the queue
    /// tries the work again; the failure passed on is that of the first failed step in the order below, the one that
    /// stopped the work when the steps ran one after another.
    /// </summary>
    private async Task ProvisionChannelAsync(Incident incident, CancellationToken ct)
    {
        incident = await channels.EnsureAsync(incident, ct);
        var channel = incident.ChannelId!;
        var severity = ladder.For(incident);
        await Task.WhenAll(
            ledger.RunOnceAsync($"inc:{incident.Id}:invite", () => InviteAsync(incident, channel, ct), ct),
            ledger.RunOnceAsync($"inc:{incident.Id}:topic", () => slack.SetTopicAsync(channel, ChannelTexts.Topic(wording.Workspace, incident, severity), ct), ct),
            ledger.RunOnceAsync($"inc:{incident.Id}:purpose", () => slack.SetPurposeAsync(channel, ChannelTexts.Purpose(incident), ct), ct),
            PostPinnedBriefAsync(incident, channel, severity, ct));
    }

    /// <summary>The pin needs the brief's ts, so it follows the post.</summary>
    private async Task PostPinnedBriefAsync(Incident incident, string channel, Severity severity, CancellationToken ct)
    {
        var state = await cadence.GetAsync(incident.Id, ct);
        var (text, blocks) = BriefMessage.Build(wording.Workspace, incident, severity, state, roles, time.GetUtcNow(),
            await WarRoomLine.OfAsync(warRoom, alertLinks, wording.Workspace, incident, ct, integrationLinks));
        var briefTs = await poster.PostAsync($"inc:{incident.Id}:brief", BriefMessage.MetadataEventType, new ChatMessage(channel, text, blocks), ct);
        await incidents.SetSlackRefsAsync(incident.Id, new SlackRefs(BriefTs: briefTs), ct);
        await ledger.RunOnceAsync($"inc:{incident.Id}:pin", () => slack.PinAsync(channel, briefTs, ct), ct);
    }

    /// <summary>A headline posted while the channel was held back names it now (once).</summary>
    private async Task RewriteEarlyHeadlineAsync(Incident incident, CancellationToken ct)
    {
        if (incident.FeedTs is { } feedTs && options.FeedChannel is { Length: > 0 } feed)
        {
            var (text, blocks) = FeedHeadline.Build(wording.Workspace, incident, ladder.For(incident));
            await ledger.RunOnceAsync($"inc:{incident.Id}:feed-channel", () => slack.UpdateMessageAsync(feed, feedTs, text, blocks, ct), ct);
        }
    }

    /// <summary>
    /// Invites the declarer and the IC. Someone Slack will not add (deactivated, a guest, unknown) is logged and
    /// skipped: a channel without them beats no channel. Slack being unavailable is retried as usual.
    /// </summary>
    private async Task InviteAsync(Incident incident, string channel, CancellationToken ct)
    {
        try
        {
            await slack.InviteAsync(channel, Invitees(incident), ct);
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            logger.LogWarning("Could not invite to {ChannelId}: Slack said {SlackError}; continuing", channel, ex.Error);
        }
    }

    private static List<string> Invitees(Incident incident) =>
        new[] { incident.DeclaredBy, incident.Commander }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Tells the declarer through the command's response URL; a declare that came with none (the declare form opened
    /// from an alert's triage message) tells them in a direct message instead, once. An incident the bot declared itself
    /// from an alert has nobody to tell.
    /// </summary>
    private async Task NotifyAsync(Incident incident, ProvisionPayload payload, string key, System.Text.Json.Nodes.JsonObject body, CancellationToken ct)
    {
        if (payload.ResponseUrl is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            if (incident.DeclaredBy == await identity.BotUserIdAsync(ct))
            {
                return;
            }

            try
            {
                await poster.PostAsync(key, DeclarerNoticeEventType, new ChatMessage(incident.DeclaredBy, body["text"]!.GetValue<string>()), ct);
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or WorkDeferredException)
            {
                // As for an expired response URL: the channel and brief are what matter; the brief names the declarer.
                logger.LogWarning("Could not tell the declarer in a direct message: {Failure}", ex.Message);
            }

            return;
        }

        try
        {
            await ledger.RunOnceAsync(key, () => slack.PostToResponseUrlAsync(uri, body, ct), ct);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            // The declarer's response URL has expired or been used up; the channel and brief are what matter.
            logger.LogWarning("Could not answer the declarer through the response URL: {Failure}", ex.Message);
        }
    }

    public const string DeclarerNoticeEventType = "incident_declarer_notice";
}
