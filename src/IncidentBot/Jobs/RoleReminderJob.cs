using IncidentBot.Core.Incidents;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Fires when required roles may still be empty; Core decides and records the reminder.</summary>
public sealed class RoleReminderJob(RoleReminderService reminders, ILogger<RoleReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var incidentId = IncidentJobKeys.IncidentId(context);
        var reminder = await reminders.FireAsync(incidentId, cancellationToken);
        logger.LogInformation("Role reminder for incident {IncidentId}: {Outcome}", incidentId,
            reminder is null ? "not due" : $"sent ({reminder.Number})");
    }
}
