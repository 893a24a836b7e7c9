using IncidentBot.Core.Incidents;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Fires when an incident's initial assessment is due; Core decides whether it is still outstanding and records the reminder.</summary>
public sealed class AssessmentReminderJob(AssessmentReminderService reminders, ILogger<AssessmentReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var incidentId = IncidentJobKeys.IncidentId(context);
        var reminder = await reminders.FireAsync(incidentId, cancellationToken);
        logger.LogInformation("Initial assessment reminder for incident {IncidentId}: {Outcome}", incidentId, reminder is null ? "not due" : "sent");
    }
}
