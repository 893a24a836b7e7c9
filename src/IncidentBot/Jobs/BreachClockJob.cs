using IncidentBot.Core.Breaches;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Fires at a breach-clock mark or deadline; Core decides whether anything is due and records it.</summary>
public sealed class BreachClockJob(BreachService breaches, ILogger<BreachClockJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var incidentId = IncidentJobKeys.IncidentId(context);
        var notice = await breaches.FireAsync(incidentId, cancellationToken);
        logger.LogInformation("Breach clock for incident {IncidentId}: {Outcome}", incidentId,
            notice is null ? "not due" : notice.IsDeadline ? "deadline passed" : $"reminder {notice.Mark}");
    }
}
