using System.Globalization;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// Queued tracker and wiki work. Queued without an incident, so that a Jira, Linear or Confluence outage, retried for as long
/// as it lasts, never holds up the incident's Slack work; the payload names the action item or the incident.
/// </summary>
public static class TicketWorkKinds
{
    /// <summary>File an action item as a Jira issue. Payload: the action item's id.</summary>
    public const string FileJiraIssue = "jira_file_issue";

    /// <summary>File an action item as a Linear issue. Payload: the action item's id.</summary>
    public const string FileLinearIssue = "linear_file_issue";

    /// <summary>Publish (or update) an incident's post-mortem page in Confluence. Payload: the incident's id.</summary>
    public const string PublishConfluencePage = "confluence_publish";

    /// <summary>The effect-ledger key of an item's Jira issue: one issue per item, however often it is asked for.</summary>
    public static string JiraIssueEffect(long actionItemId) => $"jira:issue:{Id(actionItemId)}";

    /// <summary>The effect-ledger key of the channel line announcing an item's ticket.</summary>
    public static string JiraNoticeEffect(long actionItemId) => $"jira:notice:{Id(actionItemId)}";

    /// <summary>The effect-ledger key of an item's Linear issue: one issue per item, however often it is asked for.</summary>
    public static string LinearIssueEffect(long actionItemId) => $"linear:issue:{Id(actionItemId)}";

    /// <summary>The effect-ledger key of the channel line announcing an item's Linear issue.</summary>
    public static string LinearNoticeEffect(long actionItemId) => $"linear:notice:{Id(actionItemId)}";

    /// <summary>The effect-ledger key of the page's publication of one post-mortem version.</summary>
    public static string ConfluenceEffect(long incidentId, int version) => $"confluence:page:{Id(incidentId)}:v{Id(version)}";

    /// <summary>
    /// Queues the item's filing: a request while one is waiting or running is folded into it; a request after an earlier
    /// one finished without a ticket (Jira refused it, or it was given up) queues it again. The handler files at most
    /// one issue per item whatever runs it (the effect ledger, and a lookup after an unanswered call).
    /// </summary>
    public static Task<bool> QueueJiraIssueAsync(Change change, long actionItemId)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.QueueOrReopenAsync(FileJiraIssue, null, Id(actionItemId), JiraIssueEffect(actionItemId));
    }

    /// <summary>
    /// Queues the item's filing in Linear as <see cref="QueueJiraIssueAsync"/> does for Jira: folded into a filing waiting or
    /// running, queued again after one that finished without a ticket.
    /// </summary>
    public static Task<bool> QueueLinearIssueAsync(Change change, long actionItemId)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.QueueOrReopenAsync(FileLinearIssue, null, Id(actionItemId), LinearIssueEffect(actionItemId));
    }

    /// <summary>Queues the publication of post-mortem <paramref name="version"/> (once per version).</summary>
    public static Task<bool> QueueConfluenceAsync(Change change, long incidentId, int version)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.QueueAsync(PublishConfluencePage, null, Id(incidentId), ConfluenceEffect(incidentId, version));
    }

    public static long ParseId(string payload) => long.Parse(payload, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
