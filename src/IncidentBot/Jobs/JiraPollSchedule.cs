using IncidentBot.Core.Configuration;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Registers the Jira poll (<see cref="JiraPollJob"/>) every <c>IncidentBot__Jira__PollEvery</c> while Jira is on, and
/// removes it when Jira is switched off, so a stored trigger never outlives the settings.
/// </summary>
public sealed class JiraPollSchedule(ISchedulerFactory factory, IncidentBotOptions options, TimeProvider time) : IHostedService
{
    public static readonly TriggerKey TriggerKey = new("jira-poll", "integrations");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        if (!options.Jira.IsOn)
        {
            await scheduler.DeleteJob(JiraPollJob.Key, cancellationToken);
            return;
        }

        if (await scheduler.GetTrigger(TriggerKey, cancellationToken) is ISimpleTrigger stored && stored.RepeatInterval == options.Jira.PollEvery
            && await scheduler.GetJobDetail(JiraPollJob.Key, cancellationToken) is not null)
        {
            return;
        }

        var job = JobBuilder.Create<JiraPollJob>().WithIdentity(JiraPollJob.Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(TriggerKey).ForJob(JiraPollJob.Key)
            .StartAt(time.GetUtcNow().Add(options.Jira.PollEvery))
            .WithSimpleSchedule(s => s.WithInterval(options.Jira.PollEvery).RepeatForever())
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
