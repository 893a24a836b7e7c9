using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Every <c>IncidentBot__Jira__PollEvery</c>: asks Jira about each filed ticket whose action item is still open, and
/// marks the item done when its issue is in a done status. One firing runs at a time, on one replica (the scheduler's
/// clustered store); marking an item done twice changes nothing. Jira failing ends the round; the next one retries.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class JiraPollJob(TicketStore tickets, JiraClient client, ActionItemService actions, TimeProvider time, ILogger<JiraPollJob> logger) : IJob
{
    public static readonly JobKey Key = new("jira-poll", "integrations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var closed = 0;
        foreach (var ticket in await tickets.OpenAsync(JiraFileIssueHandler.Tracker, cancellationToken))
        {
            bool? done;
            try
            {
                done = await client.IsDoneAsync(ticket.Key, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or VendorRefusedException or Work.WorkDeferredException
                                       && !cancellationToken.IsCancellationRequested)
            {
                LogUnreachable(ex.GetType().Name);
                return;
            }

            if (done == true)
            {
                await tickets.MarkClosedAsync(ticket.ActionItemId, time.GetUtcNow(), cancellationToken);
                if (await actions.MarkDoneByTicketAsync(ticket.ActionItemId, ticket.Key, cancellationToken))
                {
                    closed++;
                }
            }
        }

        if (closed > 0)
        {
            LogClosed(closed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} action items marked done: their Jira issues were closed")]
    private partial void LogClosed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Jira could not be asked about filed tickets ({Failure}); the next round retries")]
    private partial void LogUnreachable(string failure);
}
