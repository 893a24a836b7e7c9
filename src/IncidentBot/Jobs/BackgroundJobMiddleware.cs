using IncidentBot.Core.Storage;
using IncidentBot.Monitoring;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Runs every timer's job as background work, so its writes yield to those answering Slack, and makes sure a fired timer
/// is not lost. Each job is one short write (Core records and queues; Slack work runs from the queue, which retries it
/// through Slack outages and resumes it after a restart), so a shutdown does not cut it short: jobs get no cancellation,
/// and the scheduler waits for them. A job that fails is fired again per <see cref="JobRetryPolicy"/>,
/// unless it has been scheduled anew meanwhile; one that was running when the process died is run again at the next
/// start (every job requests recovery). Each firing's lateness is measured (<see cref="TimerMetrics"/>).
/// </summary>
public sealed class BackgroundJobMiddleware(
    JobScheduler scheduler, JobRetryPolicy retry, TimerMetrics metrics, TimeProvider time, ILogger<BackgroundJobMiddleware> logger)
    : IJobExecutionMiddleware
{
    public async ValueTask Invoke(IJobExecutionContext context, JobExecutionDelegate next, CancellationToken cancellationToken)
    {
        metrics.Fired(context);
        try
        {
            await BackgroundWork.RunAsync(async () => await next(context, CancellationToken.None));
        }
        catch (Exception ex)
        {
            var key = context.JobDetail.Key;
            var attempt = JobScheduler.RetryAttempt(context.MergedJobDataMap) + 1;
            if (attempt > retry.MaxAttempts)
            {
                logger.LogError(ex, "Timer {JobGroup}/{JobName} failed {Attempts} times; giving it up", key.Group, key.Name, attempt);
                return;
            }

            var delay = retry.DelayBefore(attempt);
            logger.LogWarning(ex, "Timer {JobGroup}/{JobName} failed; firing it again in {Delay} (retry {Attempt})", key.Group, key.Name, delay, attempt);
            if (!await scheduler.RetryAsync(context.JobDetail, attempt, time.GetUtcNow() + delay, CancellationToken.None))
            {
                logger.LogInformation("Timer {JobGroup}/{JobName} was scheduled anew meanwhile; that firing stands", key.Group, key.Name);
            }
        }
    }
}
