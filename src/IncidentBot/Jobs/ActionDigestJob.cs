using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Hosting;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Daily: has the queue DM each owner their overdue open action items (<see cref="Work.ActionDigestHandler"/>).</summary>
[DisallowConcurrentExecution]
public sealed class ActionDigestJob(StandaloneWork queue, ZoneClock zone, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("daily", "action-digest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = zone.LocalDate(time.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await queue.QueueAsync(ResolutionWorkKinds.ActionDigest, null, today, $"action-digest:{today}", cancellationToken);
    }
}
