using IncidentBot.Core.Stakeholders;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Fires when stakeholders are owed an update; Core decides whether one really is owed and records the reminder.</summary>
public sealed partial class StakeholderReminderJob(StakeholderReminderService reminders, ILogger<StakeholderReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var incidentId = IncidentJobKeys.IncidentId(context);
        if (await reminders.FireAsync(incidentId, cancellationToken) is { } reminder)
        {
            Reminded(logger, incidentId, reminder.Missed);
        }
        else
        {
            NotDue(logger, incidentId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stakeholder reminder for incident {IncidentId}: missed {Missed}")]
    private static partial void Reminded(ILogger logger, long incidentId, int missed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stakeholder reminder for incident {IncidentId}: not due")]
    private static partial void NotDue(ILogger logger, long incidentId);
}
