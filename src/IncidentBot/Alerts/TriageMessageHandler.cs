using System.Globalization;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Alerts;

/// <summary>
/// Posts an alert's triage message once (effect ledger) in <c>IncidentBot__TriageChannel</c>, else the feed channel; later
/// runs rewrite it in place to the alert's current state (count, acknowledgement, decision). Posting it sets the alert's
/// reminder timer (<see cref="TriageReminderJob"/>); rewriting it for an acknowledgement or a decision cancels the timer.
/// </summary>
public sealed class TriageMessageHandler(AlertStore alerts, IncidentStore incidents, OncePoster poster, ISlackApi slack,
    IncidentBotOptions options, SeverityLadder ladder, Wording wording, JobScheduler jobs, ILogger<TriageMessageHandler> logger) : IWorkHandler
{
    public string Kind => AlertWorkKinds.Triage;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var alertId = long.Parse(item.Payload, CultureInfo.InvariantCulture);
        if (await alerts.GetAsync(alertId, ct) is not { } alert)
        {
            return;
        }

        if ((options.TriageChannel is { Length: > 0 } triage ? triage : options.FeedChannel) is not { Length: > 0 } channel)
        {
            logger.LogWarning("Alert {AlertId} has nowhere to be triaged: set IncidentBot__TriageChannel or IncidentBot__FeedChannel", alertId);
            return;
        }

        var reference = alert.IncidentId is { } incidentId && await incidents.GetAsync(incidentId, ct) is { } incident ? incident.Reference : null;
        var severity = ladder.TryParse(alert.SeverityKey, out var found) ? found : ladder.Default;
        var (text, blocks) = TriageMessage.Build(wording.Workspace, alert, severity, reference);
        if (alert.TriageTs is { } ts)
        {
            await slack.UpdateMessageAsync(channel, ts, text, blocks, ct);
            if (alert.TriageValue != AlertTriage.Triage)
            {
                await jobs.CancelAsync(TriageReminderJob.Key(alertId), ct);
            }

            return;
        }

        var posted = await poster.PostAsync(AlertKeys.TriageMessage(alertId), TriageMessage.EventType, new ChatMessage(channel, text, blocks), ct);
        if (alert.TriageValue == AlertTriage.Triage)
        {
            // Set before the message's ts is recorded: a crash in between posts nothing twice (the ledger) and sets it again.
            await jobs.ScheduleAsync<TriageReminderJob>(TriageReminderJob.Key(alertId),
                UnixTime.FromUnixMs(alert.ReceivedAt) + options.TriageAckWithin, TriageReminderJob.Data(alertId), ct);
        }

        await alerts.SetTriageTsAsync(alertId, posted, ct);
    }
}
