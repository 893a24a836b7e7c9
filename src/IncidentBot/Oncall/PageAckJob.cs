using IncidentBot.Core.Oncall;
using IncidentBot.Jobs;
using Quartz;

namespace IncidentBot.Oncall;

/// <summary>Fires when an incident's earliest ack window ends; Core records the pages left unanswered and pages the next.</summary>
public sealed class PageAckJob(PagingService paging, ILogger<PageAckJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var incidentId = IncidentJobKeys.IncidentId(context);
        var expired = await paging.ExpireDueAsync(incidentId, cancellationToken);
        logger.LogInformation("Ack windows of incident {IncidentId}: {Expired} page(s) unanswered", incidentId, expired);
    }
}
