using System.Globalization;
using IncidentBot.Core.Incidents;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// A post-mortem compile that an earlier version of the bot scheduled as a timer and that had not fired when it was
/// upgraded: the scheduler's store still names this job, so it hands the request to the queue, which compiles now
/// (<see cref="Work.CompilePostmortemHandler"/>; the request key makes one version however often it is asked).
/// </summary>
public sealed class PostmortemJob(StandaloneWork queue) : IJob
{
    public const string IncidentIdKey = "incidentId";
    public const string RequestKey = "request";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var incidentId = long.Parse(data.GetString(IncidentIdKey)!, CultureInfo.InvariantCulture);
        var request = data.GetString(RequestKey)!;
        await queue.QueueAsync(ResolutionWorkKinds.CompilePostmortem, incidentId, request, $"postmortem:{incidentId}:{request}:timer", cancellationToken);
    }
}
