using IncidentBot.Hosting;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Registers the daily retention pruning at 04:00 in the configured zone (a quiet hour); a run missed while the bot was
/// down happens once at the next start (<see cref="DailySchedule"/>).
/// </summary>
public sealed class RetentionSchedule(ISchedulerFactory factory, ZoneClock zone) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<RetentionJob>().WithIdentity(RetentionJob.Key).StoreDurably().RequestRecovery().Build();
        await DailySchedule.EnsureAsync(scheduler, job, DailySchedule.At(RetentionJob.Key, new TimeOnly(4, 0), zone.Zone), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
