using System.Globalization;
using IncidentBot.Hosting;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Registers the daily overdue-action digest at <c>IncidentBot:ActionDigestTime</c> (HH:mm, default 09:00) in the
/// configured zone: a changed time takes effect at the next start, and a digest missed while the bot was down is sent
/// once at start (<see cref="DailySchedule"/>).
/// </summary>
public sealed class ActionDigestSchedule(ISchedulerFactory factory, ZoneClock zone, IConfiguration configuration) : IHostedService
{
    public const string TimeSettingName = "ActionDigestTime";
    public const string TimeSetting = "IncidentBot:" + TimeSettingName;

    /// <summary>Reads <c>HH:mm</c>, as the setting takes it.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A set value that does not parse stops the bot at start (SettingsCheck); unset is 09:00.
        var at = TryParseTime(configuration[TimeSetting], out var t) ? t : new TimeOnly(9, 0);
        var scheduler = await factory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<ActionDigestJob>().WithIdentity(ActionDigestJob.Key).StoreDurably().RequestRecovery().Build();
        await DailySchedule.EnsureAsync(scheduler, job, DailySchedule.At(ActionDigestJob.Key, at, zone.Zone), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
