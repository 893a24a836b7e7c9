using IncidentBot.Core.Configuration;
using IncidentBot.Core.Integrations;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Registers the ticket poll (<see cref="TicketPollJob"/>) at the configured tracker's <c>PollEvery</c> while Jira or
/// Linear is on, and removes it when neither is, so a stored trigger never outlives the settings.
/// </summary>
public sealed class TicketPollSchedule(ISchedulerFactory factory, IncidentBotOptions options, TimeProvider time) : IHostedService
{
    public static readonly TriggerKey TriggerKey = new("ticket-poll", "integrations");

    /// <summary>The poll's key when it polled Jira only; removed at start so a stored trigger of it never fires.</summary>
    private static readonly JobKey FormerKey = new("jira-poll", "integrations");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(FormerKey, cancellationToken);
        if (TicketTracker.Of(options) is not { } tracker)
        {
            await scheduler.DeleteJob(TicketPollJob.Key, cancellationToken);
            return;
        }

        var every = tracker == TicketTracker.Linear ? options.Linear.PollEvery : options.Jira.PollEvery;
        if (await scheduler.GetTrigger(TriggerKey, cancellationToken) is ISimpleTrigger stored && stored.RepeatInterval == every
            && await scheduler.GetJobDetail(TicketPollJob.Key, cancellationToken) is not null)
        {
            return;
        }

        var job = JobBuilder.Create<TicketPollJob>().WithIdentity(TicketPollJob.Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(TriggerKey).ForJob(TicketPollJob.Key)
            .StartAt(time.GetUtcNow().Add(every))
            .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever())
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
