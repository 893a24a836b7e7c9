using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Schedules one-shot jobs by key (<c>update-reminder</c> / <c>inc-42</c>). Scheduling the same key again replaces the
/// pending trigger, so there is never more than one per key. Misfires (the bot was down) fire once, as soon as it starts.
/// </summary>
public sealed class JobScheduler(ISchedulerFactory factory)
{
    public async Task ScheduleAsync<TJob>(JobKey key, DateTimeOffset at, IReadOnlyDictionary<string, string> data, CancellationToken ct = default)
        where TJob : IJob
    {
        var scheduler = await factory.GetScheduler(ct);
        var map = new JobDataMap();
        foreach (var (name, value) in data)
        {
            map[name] = value;
        }

        var job = JobBuilder.Create<TJob>().WithIdentity(key).UsingJobData(map).Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }

    public async Task CancelAsync(JobKey key, CancellationToken ct = default) =>
        await (await factory.GetScheduler(ct)).DeleteJob(key, ct);

    /// <summary>When the job under <paramref name="key"/> fires next, or null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> NextFireAsync(JobKey key, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        var triggers = await scheduler.GetTriggersOfJob(key, ct);
        return triggers.Select(t => t.NextFireTimeUtc).Where(t => t.HasValue).Min();
    }
}
