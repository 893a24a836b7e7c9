using IncidentBot.Core.Configuration;

namespace IncidentBot.Jobs;

/// <summary>
/// This replica's place in the clustered scheduler (PostgreSQL only): its instance id, unique among the replicas, and
/// how often it checks in (<c>IncidentBot__SchedulerCheckin</c>, 7.5 s by default). A replica that has not checked in
/// for <see cref="CheckinMisfireThreshold"/> is taken for dead, and the firings it had taken are recovered by another.
/// </summary>
public sealed record SchedulerClustering(string InstanceId, TimeSpan CheckinInterval)
{
    public TimeSpan CheckinMisfireThreshold => CheckinInterval * 2;

    public static SchedulerClustering From(IConfiguration configuration)
    {
        var checkin = Hosting.OptionsBinder.Bind(configuration.GetSection(IncidentBotOptions.SectionName)).SchedulerCheckin;
        var id = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
        return new SchedulerClustering(id, checkin > TimeSpan.Zero ? checkin : TimeSpan.FromSeconds(7.5));
    }
}
