using IncidentBot.Core.Storage;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Runs every scheduled job as background work, so its writes yield to those answering Slack.</summary>
public sealed class BackgroundJobMiddleware : IJobExecutionMiddleware
{
    public async ValueTask Invoke(IJobExecutionContext context, JobExecutionDelegate next, CancellationToken cancellationToken) =>
        await BackgroundWork.RunAsync(async () => await next(context, cancellationToken));
}
