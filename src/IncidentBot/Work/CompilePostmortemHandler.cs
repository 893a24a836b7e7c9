using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;

namespace IncidentBot.Work;

/// <summary>
/// Hands a compile request to Quartz (<see cref="PostmortemJob"/>, due now). Scheduling the same request again replaces
/// the pending trigger, and the job compiles a request once, so a retry or a restart never makes a second version.
/// </summary>
public sealed class CompilePostmortemHandler(JobScheduler scheduler, TimeProvider time) : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.CompilePostmortem;

    public Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var id = item.IncidentId!.Value.ToString(CultureInfo.InvariantCulture);
        return scheduler.ScheduleAsync<PostmortemJob>(PostmortemJob.KeyFor(item.IncidentId!.Value, item.Payload), time.GetUtcNow(),
            new Dictionary<string, string> { [PostmortemJob.IncidentIdKey] = id, [PostmortemJob.RequestKey] = item.Payload }, ct);
    }
}
