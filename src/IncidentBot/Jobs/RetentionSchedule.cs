using IncidentBot.Hosting;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Registers the daily retention pruning at 04:00 in the configured zone (a quiet hour), replacing the stored trigger at
/// each start; a run missed while the bot was down happens once at the next start.
/// </summary>
public sealed class RetentionSchedule(ISchedulerFactory factory, ZoneClock zone) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<RetentionJob>().WithIdentity(RetentionJob.Key).StoreDurably().RequestRecovery().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(RetentionJob.Key.Name, RetentionJob.Key.Group)
            .ForJob(RetentionJob.Key)
            .WithCronSchedule("0 0 4 * * ?", cron => cron.InTimeZone(zone.Zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
