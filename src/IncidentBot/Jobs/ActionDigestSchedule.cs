using System.Globalization;
using IncidentBot.Hosting;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Registers the daily overdue-action digest at <c>IncidentBot:ActionDigestTime</c> (HH:mm, default 09:00) in the
/// configured zone, replacing the stored trigger at each start so a changed time takes effect.
/// </summary>
public sealed class ActionDigestSchedule(ISchedulerFactory factory, ZoneClock zone, IConfiguration configuration) : IHostedService
{
    public const string TimeSetting = "IncidentBot:ActionDigestTime";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var at = TimeOnly.TryParseExact(configuration[TimeSetting], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : new TimeOnly(9, 0);
        var scheduler = await factory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<ActionDigestJob>().WithIdentity(ActionDigestJob.Key).StoreDurably().RequestRecovery().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(ActionDigestJob.Key.Name, ActionDigestJob.Key.Group)
            .ForJob(ActionDigestJob.Key)
            .WithCronSchedule($"0 {at.Minute} {at.Hour} * * ?", cron => cron.InTimeZone(zone.Zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
