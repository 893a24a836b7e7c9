using System.Globalization;
using IncidentBot.Core.Storage;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Schedules one-shot jobs by key (<c>update-reminder</c> / <c>inc-42</c>). Scheduling the same key again replaces the
/// pending trigger, so there is never more than one per key. Misfires (the bot was down) fire once, as soon as it starts.
/// The scheduler's store takes SQLite's write lock for every call, reads included, so each call is made in the bot's turn
/// to write (<see cref="Database.InWriteTurnAsync{T}"/>): the declares it follows never wait on it in SQLite's sleeps.
/// </summary>
public sealed class JobScheduler(ISchedulerFactory factory, Database database)
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
        var trigger = OneShot(key, key.Name, at);
        await database.InWriteTurnAsync(async () => await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct), ct);
    }

    /// <summary>Trigger data naming which retry of a failed firing this is.</summary>
    public const string RetryAttemptKey = "retry-attempt";

    /// <summary>Which retry of a failed firing <paramref name="data"/> belongs to; 0 for a regular firing.</summary>
    public static int RetryAttempt(JobDataMap data) =>
        data.TryGetString(RetryAttemptKey, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var attempt) ? attempt : 0;

    /// <summary>
    /// Fires a job whose firing failed once more at <paramref name="at"/>, with its data, on a trigger of its own
    /// (<c>…-retry</c>, so a recurring trigger the job has is left as it is), unless it was scheduled anew while it ran
    /// (its regular one-shot trigger has a firing pending). Returns whether the retry was scheduled.
    /// </summary>
    public async Task<bool> RetryAsync(IJobDetail job, int attempt, DateTimeOffset at, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        return await database.InWriteTurnAsync(async () =>
        {
            var triggers = await scheduler.GetTriggersOfJob(job.Key, ct);
            if (triggers.Any(t => t is ISimpleTrigger && t.Key.Name == job.Key.Name && t.NextFireTimeUtc is not null))
            {
                return false;
            }

            var retry = OneShot(job.Key, job.Key.Name + "-retry", at, new JobDataMap { [RetryAttemptKey] = attempt.ToString(CultureInfo.InvariantCulture) });
            await scheduler.ScheduleJob(job, [retry], new ScheduleJobOptions { Replace = true }, ct);
            return true;
        }, ct);
    }

    /// <summary>
    /// A trigger named <paramref name="name"/> that fires <paramref name="key"/>'s job once, with <paramref name="data"/>
    /// if given, and as soon as the bot is up if it was down at <paramref name="at"/>.
    /// </summary>
    private static ITrigger OneShot(JobKey key, string name, DateTimeOffset at, JobDataMap? data = null)
    {
        var builder = TriggerBuilder.Create()
            .WithIdentity(name, key.Group)
            .ForJob(key)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow));
        return (data is null ? builder : builder.UsingJobData(data)).Build();
    }

    /// <summary>
    /// Removes the job under <paramref name="key"/> and whatever trigger it has, if any. The store removes them in one
    /// transaction under its trigger lock (<c>DeleteJobs</c>), not as the scheduler's <c>DeleteJob</c> does, which lists
    /// the job's triggers and then removes them one by one, and throws when one has gone in between: a one-shot trigger
    /// that fired its last time meanwhile (on PostgreSQL, another replica's scheduler fires them too) made the schedule
    /// sync fail for good, and the incident's other timers in the same sync were never set.
    /// </summary>
    public async Task CancelAsync(JobKey key, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        await database.InWriteTurnAsync(async () => await scheduler.DeleteJobs([key], ct), ct);
    }

    /// <summary>When the job under <paramref name="key"/> fires next, or null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> NextFireAsync(JobKey key, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        var triggers = await database.InWriteTurnAsync(async () => await scheduler.GetTriggersOfJob(key, ct), ct);
        return triggers.Select(t => t.NextFireTimeUtc).Where(t => t.HasValue).Min();
    }
}
