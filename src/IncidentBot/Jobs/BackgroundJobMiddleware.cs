using IncidentBot.Core.Storage;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Runs every timer's job as background work, so its writes yield to those answering Slack, and makes sure a fired timer
/// is never lost. Each job is one short write (Core records and queues; Slack work runs from the queue), so a shutdown
/// does not cut it short: the scheduler waits for it. A job that fails is fired again after
/// <see cref="JobRetryPolicy.Delay"/>, unless it has been scheduled anew meanwhile; one that was running when the
/// process died is run again at the next start (every job requests recovery).
/// </summary>
public sealed class BackgroundJobMiddleware(JobScheduler scheduler, JobRetryPolicy retry, TimeProvider time, ILogger<BackgroundJobMiddleware> logger)
    : IJobExecutionMiddleware
{
    public async ValueTask Invoke(IJobExecutionContext context, JobExecutionDelegate next, CancellationToken cancellationToken)
    {
        try
        {
            await BackgroundWork.RunAsync(async () => await next(context, CancellationToken.None));
        }
        catch (Exception ex)
        {
            var key = context.JobDetail.Key;
            logger.LogWarning(ex, "Timer {JobGroup}/{JobName} failed; firing it again in {Delay}", key.Group, key.Name, retry.Delay);
            if (!await scheduler.RetryAsync(context.JobDetail, time.GetUtcNow() + retry.Delay, CancellationToken.None))
            {
                logger.LogInformation("Timer {JobGroup}/{JobName} was scheduled anew meanwhile; that firing stands", key.Group, key.Name);
            }
        }
    }
}
