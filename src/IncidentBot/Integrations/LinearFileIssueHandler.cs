using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Slack;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Files an action item as a Linear issue and says so in the incident's channel. The ticket is stored before the line is
/// posted, so a rerun finds it and only finishes the line (posted once, by key). An item done, gone, already ticketed or
/// of a private incident by the time the work runs is not filed. The issue's id is chosen here, the same for every
/// attempt (<see cref="LinearIssues.IssueId"/>): a rerun after an answer that never arrived looks the issue up by that id
/// and takes it over, and creating it again with that id cannot make a second one.
/// </summary>
public sealed partial class LinearFileIssueHandler(
    ActionItemStore items, IncidentStore incidents, ResolutionStore resolutions, TicketStore tickets, EffectLedger ledger, LinearClient client,
    OncePoster poster, IncidentBotOptions options, SeverityLadder ladder, Wording wording, SlackIdentity identity, TimeProvider time,
    ILogger<LinearFileIssueHandler> logger) : IWorkHandler
{
    public const string Tracker = Core.Integrations.TicketTracker.Linear;

    public string Kind => TicketWorkKinds.FileLinearIssue;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var id = TicketWorkKinds.ParseId(item.Payload);
        if (await tickets.GetAsync(id, ct) is not { } ticket)
        {
            if (await FileAsync(id, ct) is not { } filed)
            {
                return;
            }

            ticket = filed;
        }

        if (await items.GetAsync(id, ct) is { } action && await incidents.GetAsync(action.IncidentId, ct) is { ChannelId: { } channel })
        {
            var (text, blocks) = TicketMessages.Filed(wording.Workspace, action, ticket.Key, ticket.Url, Tracker);
            await poster.PostAsync(TicketWorkKinds.LinearNoticeEffect(id), TicketMessages.FiledEventType, new ChatMessage(channel, text, blocks), ct);
        }
    }

    private async Task<FiledTicket?> FileAsync(long id, CancellationToken ct)
    {
        var key = TicketWorkKinds.LinearIssueEffect(id);
        if (await items.GetAsync(id, ct) is not { IsOpen: true } action
            || await incidents.GetAsync(action.IncidentId, ct) is not { IsPrivate: false } incident)
        {
            return null;
        }

        var record = await ledger.GetAsync(key, ct);
        if (record is { IsDone: true })
        {
            return null;
        }

        // The issue's id is ours (one per workspace and item): after an earlier attempt whose answer may have been lost,
        // the issue is looked up first, and creating it again with the same id can never make a second one.
        var issueId = LinearIssues.IssueId(await identity.TeamIdAsync(ct), id);
        if (record is not null && await client.FindIssueAsync(issueId, ct) is { } found)
        {
            LogFound(action.Id, found.Identifier);
            return await StoreAsync(action, key, found);
        }

        var link = incident.ChannelId is { } channel
            ? new Uri($"https://slack.com/app_redirect?team={Uri.EscapeDataString(await identity.TeamIdAsync(ct))}&channel={Uri.EscapeDataString(channel)}")
            : null;
        var body = LinearIssues.Create(options.Linear, wording.Workspace, incident, ladder, action, await resolutions.LatestAsync(incident.Id, ct), link, issueId);
        await ledger.MarkAttemptedAsync(key, null, ct);
        (string Key, string Url) created;
        try
        {
            created = await client.CreateIssueAsync(body, ct);
        }
        catch (VendorRefusedException refused)
        {
            await ledger.MarkRefusedAsync(key, refused.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
            LogRefused(action.Id, refused.Status);
            throw;
        }
        catch (Exception ex) when (ex is WorkDeferredException
            or HttpRequestException { StatusCode: not null } or HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError })
        {
            // Linear answered 429, 5xx or RATELIMITED, or could not be reached: the retry looks the issue up by its id first.
            await ledger.MarkRefusedAsync(key, "answered", CancellationToken.None);
            throw;
        }

        return await StoreAsync(action, key, created);
    }

    private async Task<FiledTicket?> StoreAsync(ActionItem action, string key, (string Key, string Url) created)
    {
        if (!IssueKey().IsMatch(created.Key) || !Uri.TryCreate(created.Url, UriKind.Absolute, out var address)
            || (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback))
        {
            await ledger.MarkRefusedAsync(key, "key", CancellationToken.None);
            throw new VendorRefusedException(LinearClient.Vendor, 201);
        }

        var ticket = new FiledTicket(action.Id, Tracker, created.Key, created.Url);
        await tickets.AddAsync(ticket, time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkDoneAsync(key, created.Key, CancellationToken.None);
        LogFiled(action.Id, created.Key);
        return await tickets.GetAsync(action.Id, CancellationToken.None);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9_]*-[0-9]+$")]
    private static partial Regex IssueKey();

    [LoggerMessage(Level = LogLevel.Information, Message = "Action item {ActionItemId} filed in Linear as {IssueKey}")]
    private partial void LogFiled(long actionItemId, string issueKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Action item {ActionItemId}: Linear refused the new issue ({Status}); check the team id and the API key's access to the team")]
    private partial void LogRefused(long actionItemId, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Action item {ActionItemId}: an earlier filing had reached Linear as {IssueKey}; taken over")]
    private partial void LogFound(long actionItemId, string issueKey);
}
