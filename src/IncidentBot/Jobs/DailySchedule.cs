using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Registers a durable job on a daily cron trigger. The stored trigger is replaced only when its time or zone changed:
/// one left as it was keeps a firing missed while the bot was down, which Quartz then makes once at start
/// (<c>FireAndProceed</c>). Replacing it at every start would skip that firing, and a bot never up at the hour would
/// never run the job.
/// </summary>
public static class DailySchedule
{
    public static async Task EnsureAsync(IScheduler scheduler, IJobDetail job, ICronTrigger trigger, CancellationToken ct)
    {
        if (await scheduler.GetTrigger(trigger.Key, ct) is ICronTrigger stored
            && stored.CronExpressionString == trigger.CronExpressionString
            && stored.TimeZone.Id == trigger.TimeZone.Id
            && await scheduler.GetJobDetail(job.Key, ct) is not null)
        {
            return;
        }

        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }

    /// <summary>The daily trigger at <paramref name="at"/> in <paramref name="zone"/>, firing once when missed.</summary>
    public static ICronTrigger At(JobKey job, TimeOnly at, TimeZoneInfo zone) => (ICronTrigger)TriggerBuilder.Create()
        .WithIdentity(job.Name, job.Group)
        .ForJob(job)
        .WithCronSchedule($"0 {at.Minute} {at.Hour} * * ?", cron => cron.InTimeZone(zone)
            .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
        .Build();
}
