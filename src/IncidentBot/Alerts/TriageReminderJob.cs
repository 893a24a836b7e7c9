using System.Globalization;
using IncidentBot.Core.Alerts;
using Quartz;

namespace IncidentBot.Alerts;

/// <summary>
/// The triage reminder's timer, <c>IncidentBot__TriageAckWithin</c> after the alert was received: set when its triage
/// message is first posted, cancelled when the message is rewritten for an acknowledgement or a decision. Core decides
/// whether the reminder is still wanted and queues it.
/// </summary>
public sealed class TriageReminderJob(AlertService alerts, ILogger<TriageReminderJob> logger) : IJob
{
    public const string AlertIdField = "alert_id";

    public static JobKey Key(long alertId) => new($"alert-{alertId.ToString(CultureInfo.InvariantCulture)}", "alert-triage-reminder");

    public static Dictionary<string, string> Data(long alertId) => new() { [AlertIdField] = alertId.ToString(CultureInfo.InvariantCulture) };

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var alertId = long.Parse(context.MergedJobDataMap.GetString(AlertIdField)!, CultureInfo.InvariantCulture);
        var queued = await alerts.RemindAsync(alertId, cancellationToken);
        logger.LogInformation("Triage reminder for alert {AlertId}: {Outcome}", alertId, queued ? "queued" : "not wanted");
    }
}
