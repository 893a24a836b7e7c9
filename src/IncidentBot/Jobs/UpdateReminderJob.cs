using IncidentBot.Core.Incidents;
using IncidentBot.Monitoring;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Fires when an update is due; Core decides whether it still is and records the reminder.</summary>
public sealed class UpdateReminderJob(ReminderService reminders, TimerMetrics metrics, ILogger<UpdateReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var incidentId = IncidentJobKeys.IncidentId(context);
        var reminder = await reminders.FireAsync(incidentId, cancellationToken);
        if (reminder is not null)
        {
            metrics.ReminderSent(reminder.Escalation);
        }

        logger.LogInformation("Update reminder for incident {IncidentId}: {Outcome}", incidentId,
            reminder is null ? "not due" : $"sent, {reminder.Missed} missed, escalation {reminder.Escalation}");
    }
}
