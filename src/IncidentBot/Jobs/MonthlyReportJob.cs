using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Monthly: queues the report of the last month that has ended, keyed by that month, so however many replicas fire and
/// however often the job runs again after a restart, the month is queued and posted once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonthlyReportJob(StandaloneWork queue, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("monthly", "report");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var month = ReportPeriod.PreviousMonth(time.GetUtcNow()).Name;
        await queue.QueueAsync(ReportWorkKinds.MonthlyReport, null, month, $"monthly-report:{month}", cancellationToken);
    }
}
