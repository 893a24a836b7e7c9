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
/// Files an action item as a Jira issue and says so in the incident's channel. The ticket is stored before the line is
/// posted, so a rerun finds it and only finishes the line (posted once, by key). An item done, gone, already ticketed or
/// of a private incident by the time the work runs is not filed. The effect ledger records the attempt before the call;
/// a rerun after an answer that never arrived (Jira may have created the issue) first looks the issue up in the
/// project by its exact summary (<see cref="JiraClient.FindIssueAsync"/>): found, its key is stored and nothing is
/// created; not found, the issue is created. A 5xx answer is treated the same way (a gateway can fail after Jira
/// created the issue); a rate limit or a connection never made created nothing and is simply repeated.
/// </summary>
public sealed partial class JiraFileIssueHandler(
    ActionItemStore items, IncidentStore incidents, ResolutionStore resolutions, TicketStore tickets, EffectLedger ledger, JiraClient client,
    OncePoster poster, IncidentBotOptions options, SeverityLadder ladder, Wording wording, SlackIdentity identity, TimeProvider time,
    ILogger<JiraFileIssueHandler> logger) : IWorkHandler
{
    public const string Tracker = "jira";

    /// <summary>
    /// The ledger's note, left by earlier versions, on an issue that may exist without the bot knowing its key: looked up
    /// like an unanswered attempt.
    /// </summary>
    private const string Unsure = "unsure";

    public string Kind => TicketWorkKinds.FileJiraIssue;

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
            var (text, blocks) = TicketMessages.Filed(wording.Workspace, action, ticket.Key, ticket.Url);
            await poster.PostAsync(TicketWorkKinds.JiraNoticeEffect(id), TicketMessages.FiledEventType, new ChatMessage(channel, text, blocks), ct);
        }
    }

    private async Task<FiledTicket?> FileAsync(long id, CancellationToken ct)
    {
        var key = TicketWorkKinds.JiraIssueEffect(id);
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

        var link = incident.ChannelId is { } channel
            ? new Uri($"https://slack.com/app_redirect?team={Uri.EscapeDataString(await identity.TeamIdAsync(ct))}&channel={Uri.EscapeDataString(channel)}")
            : null;
        var body = JiraIssues.Create(options.Jira, wording.Workspace, incident, ladder, action, await resolutions.LatestAsync(incident.Id, ct), link);
        if (record is { State: EffectRecord.Attempted } || record?.Value == Unsure)
        {
            // The last call may have created the issue without its answer arriving: look for it before creating another.
            if (await client.FindIssueAsync((string)body["fields"]!["summary"]!, ct) is { } found)
            {
                LogFound(action.Id, found.Key);
                return await StoreAsync(id, key, found);
            }

            LogNotFound(action.Id);
        }

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
            or HttpRequestException { StatusCode: System.Net.HttpStatusCode.TooManyRequests }
            or HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError })
        {
            // Jira limited the call or could not be reached: nothing was created, so the retry may call again. A 5xx stays
            // "attempted": a gateway can fail after Jira created the issue, so the retry looks for it first.
            await ledger.MarkRefusedAsync(key, "answered", CancellationToken.None);
            throw;
        }

        if (!IssueKey().IsMatch(created.Key))
        {
            await ledger.MarkRefusedAsync(key, "key", CancellationToken.None);
            throw new VendorRefusedException(JiraClient.Vendor, 201);
        }

        LogFiled(action.Id, created.Key);
        return await StoreAsync(id, key, created);
    }

    private async Task<FiledTicket?> StoreAsync(long id, string key, (string Key, string Url) issue)
    {
        await tickets.AddAsync(new FiledTicket(id, Tracker, issue.Key, issue.Url), time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkDoneAsync(key, issue.Key, CancellationToken.None);
        return await tickets.GetAsync(id, CancellationToken.None);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*-[0-9]+$")]
    private static partial Regex IssueKey();

    [LoggerMessage(Level = LogLevel.Information, Message = "Action item {ActionItemId} filed in Jira as {IssueKey}")]
    private partial void LogFiled(long actionItemId, string issueKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Action item {ActionItemId}: Jira refused the new issue ({Status}); check the project, issue type and the account's permissions")]
    private partial void LogRefused(long actionItemId, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Action item {ActionItemId}: an earlier filing reached Jira without an answer; found it as {IssueKey}")]
    private partial void LogFound(long actionItemId, string issueKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Action item {ActionItemId}: an earlier filing got no answer and Jira holds no such issue; filing it now")]
    private partial void LogNotFound(long actionItemId);
}
