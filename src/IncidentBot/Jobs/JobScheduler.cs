using IncidentBot.Core.Storage;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Schedules one-shot jobs by key (<c>update-reminder</c> / <c>inc-42</c>). Scheduling the same key again replaces the
/// pending trigger, so there is never more than one per key. Misfires (the bot was down) fire once, as soon as it starts.
/// The scheduler's store takes SQLite's write lock for every call, reads included, so each call is made in the bot's turn
/// to write (<see cref="SqliteDatabase.InWriteTurnAsync{T}"/>): the declares it follows never wait on it in SQLite's sleeps.
/// </summary>
public sealed class JobScheduler(ISchedulerFactory factory, SqliteDatabase database)
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

        var job = JobBuilder.Create<TJob>().WithIdentity(key).UsingJobData(map).RequestRecovery().Build();
        var trigger = OneShot(key, at);
        await database.InWriteTurnAsync(async () => await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct), ct);
    }

    /// <summary>
    /// Fires a job whose firing failed once more at <paramref name="at"/>, with its data, unless it has a pending firing
    /// already (scheduled anew while it ran). Its trigger keeps its key, so the scheduler, which removes a fired one-shot
    /// trigger only when nothing rescheduled it meanwhile, keeps this one. Returns whether it was scheduled.
    /// </summary>
    public async Task<bool> RetryAsync(IJobDetail job, DateTimeOffset at, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        return await database.InWriteTurnAsync(async () =>
        {
            if ((await scheduler.GetTriggersOfJob(job.Key, ct)).Any(t => t.NextFireTimeUtc is not null))
            {
                return false;
            }

            await scheduler.ScheduleJob(job, [OneShot(job.Key, at)], new ScheduleJobOptions { Replace = true }, ct);
            return true;
        }, ct);
    }

    private static ITrigger OneShot(JobKey key, DateTimeOffset at) => TriggerBuilder.Create()
        .WithIdentity(key.Name, key.Group)
        .ForJob(key)
        .StartAt(at)
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();

    public async Task CancelAsync(JobKey key, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        await database.InWriteTurnAsync(async () => await scheduler.DeleteJob(key, ct), ct);
    }

    /// <summary>When the job under <paramref name="key"/> fires next, or null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> NextFireAsync(JobKey key, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        var triggers = await database.InWriteTurnAsync(async () => await scheduler.GetTriggersOfJob(key, ct), ct);
        return triggers.Select(t => t.NextFireTimeUtc).Where(t => t.HasValue).Min();
    }
}
