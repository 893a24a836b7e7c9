using IncidentBot.Hosting;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Registers the monthly report on its day and time (<see cref="ReportSettings"/>): a changed schedule takes effect at
/// the next start, and a report missed while the bot was down is posted once at start (<see cref="DailySchedule"/>).
/// </summary>
public sealed class MonthlyReportSchedule(ISchedulerFactory factory, ZoneClock zone, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = ReportSettings.From(configuration);
        var reportZone = settings.Zone is { } id ? ZoneClock.Find(id) : zone.Zone;
        var scheduler = await factory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<MonthlyReportJob>().WithIdentity(MonthlyReportJob.Key).StoreDurably().RequestRecovery().Build();
        await DailySchedule.EnsureAsync(scheduler, job, Trigger(settings, reportZone), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static ICronTrigger Trigger(ReportSettings settings, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (ICronTrigger)TriggerBuilder.Create()
            .WithIdentity(MonthlyReportJob.Key.Name, MonthlyReportJob.Key.Group)
            .ForJob(MonthlyReportJob.Key)
            .WithCronSchedule($"0 {settings.At.Minute} {settings.At.Hour} {settings.Day} * ?", cron => cron.InTimeZone(zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
    }
}
