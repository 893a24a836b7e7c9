using System.Globalization;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Alerts;

/// <summary>
/// Due <c>IncidentBot__TriageAckWithin</c> after an alert went to triage: one reminder in its triage message's thread
/// (effect ledger, so once across retries and restarts) when nobody has acknowledged, declared, linked or declined it
/// since — those drop the reminder, and one that was already running finds the alert taken and posts nothing. Waits for
/// the triage message when that is not posted yet.
/// </summary>
public sealed class TriageReminderHandler(AlertStore alerts, OncePoster poster, IncidentBotOptions options, Wording wording)
    : IWorkHandler
{
    public const string EventType = "incidentbot_alert_triage_reminder";

    /// <summary>How long a reminder waits for its triage message to be posted before looking again.</summary>
    public static readonly TimeSpan WaitForTriageMessage = TimeSpan.FromSeconds(1);

    public string Kind => AlertWorkKinds.Reminder;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var alertId = long.Parse(item.Payload, CultureInfo.InvariantCulture);
        var channel = options.TriageChannel is { Length: > 0 } triage ? triage : options.FeedChannel;
        if (await alerts.GetAsync(alertId, ct) is not { TriageValue: AlertTriage.Triage } alert || channel is not { Length: > 0 })
        {
            return;
        }

        if (alert.TriageTs is not { } thread)
        {
            throw new WorkDeferredException(WaitForTriageMessage);
        }

        var text = wording.Workspace.Text("alert.triage.reminder", ("waited", wording.Workspace.Duration(options.TriageAckWithin)));
        await poster.PostAsync(AlertKeys.TriageReminder(alertId), EventType,
            new ChatMessage(channel, $":alarm_clock: {text}", Blocks.Array([Blocks.Section($":alarm_clock: {text}")]), thread), ct);
    }
}
