using IncidentBot.Core.StatusPage;
using Quartz;

namespace IncidentBot.StatusPage;

/// <summary>Fires at a first-external-communication mark; Core decides whether anything is due and records it.</summary>
public sealed class FirstMessageReminderJob(FirstMessageService firstMessages, ILogger<FirstMessageReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var incidentId = Jobs.IncidentJobKeys.IncidentId(context);
        var fired = await firstMessages.FireAsync(incidentId, cancellationToken);
        logger.LogInformation("First public message clock for incident {IncidentId}: {Outcome}", incidentId,
            fired is null ? "not due" : fired.IsEscalation ? "escalated" : "reminded");
    }
}
