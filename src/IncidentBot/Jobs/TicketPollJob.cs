using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Every <c>IncidentBot__Jira__PollEvery</c> (or <c>IncidentBot__Linear__PollEvery</c>): asks the configured tracker
/// about each ticket filed there whose action item is still open, and marks the item done when the ticket is closed — a
/// Jira issue in a status of the done category, a Linear issue in a completed or canceled state. One firing runs at a
/// time, on one replica (the scheduler's clustered store); marking an item done twice changes nothing. The tracker
/// failing ends the round; the next one retries.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class TicketPollJob(
    TicketStore tickets, JiraClient jira, LinearClient linear, IncidentBotOptions options, ActionItemService actions, TimeProvider time,
    ILogger<TicketPollJob> logger) : IJob
{
    public static readonly JobKey Key = new("ticket-poll", "integrations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TicketTracker.Of(options) is not { } tracker)
        {
            return;
        }

        var closed = 0;
        foreach (var ticket in await tickets.OpenAsync(tracker, cancellationToken))
        {
            bool? done;
            try
            {
                done = tracker == TicketTracker.Linear
                    ? await linear.IsDoneAsync(ticket.Key, cancellationToken)
                    : await jira.IsDoneAsync(ticket.Key, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or VendorRefusedException or Work.WorkDeferredException
                                       && !cancellationToken.IsCancellationRequested)
            {
                LogUnreachable(tracker, ex.GetType().Name);
                return;
            }

            if (done == true)
            {
                await tickets.MarkClosedAsync(ticket.ActionItemId, time.GetUtcNow(), cancellationToken);
                if (await actions.MarkDoneByTicketAsync(ticket.ActionItemId, ticket.Key, tracker, cancellationToken))
                {
                    closed++;
                }
            }
        }

        if (closed > 0)
        {
            LogClosed(closed, tracker);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} action items marked done: their tickets were closed in {Tracker}")]
    private partial void LogClosed(int count, string tracker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Tracker} could not be asked about filed tickets ({Failure}); the next round retries")]
    private partial void LogUnreachable(string tracker, string failure);
}
