using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Alerts in: each delivery recorded in one transaction (a new alert queues its triage message or its declaration; one
/// already open is counted again; a resolved one is noted), and the triage decisions — acknowledge, declare, link,
/// decline. Slack is only ever reached through queued work, so intake answers as fast as one write.
/// </summary>
public sealed class AlertService(Changes changes, SeverityLadder ladder, Words words)
{
    public Task ReceiveAsync(string source, HookOptions hook, IReadOnlyList<ReceivedAlert> alerts, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            foreach (var alert in alerts)
            {
                if (alert.Status == AlertStatus.Firing)
                {
                    await FireAsync(change, source, hook, alert);
                }
                else
                {
                    await ResolveAsync(change, source, alert);
                }
            }
        }, ct);

    private async Task FireAsync(Change change, string source, HookOptions hook, ReceivedAlert alert)
    {
        var mapped = AlertMapping.Map(alert, hook, ladder, words);
        var row = await change.FireAlertAsync(new NewAlert(source, alert.Fingerprint, mapped.Title, mapped.Severity.Key, mapped.Description,
            alert.Url, alert.StartsAt ?? change.Now, mapped.AutoDeclare, mapped.Links, mapped.Service));
        if (row.FireCount == 1)
        {
            await change.QueueForAlertAsync(row.AutoDeclare != 0 ? AlertWorkKinds.Declare : AlertWorkKinds.Triage, row.Id);
        }
        else if (row.IncidentId is { } incidentId)
        {
            await change.NoteAlertFiredAgainAsync(incidentId, row.Id, FiredAgain(row));
        }
        else if (row.AutoDeclare == 0)
        {
            await change.QueueForAlertAsync(AlertWorkKinds.Triage, row.Id);
        }
    }

    private async Task ResolveAsync(Change change, string source, ReceivedAlert alert)
    {
        if (await change.ResolveAlertAsync(AlertKeys.Open(source, alert.Fingerprint)) is not { } row)
        {
            return;
        }

        if (row.IncidentId is not { } incidentId)
        {
            await change.QueueForAlertAsync(AlertWorkKinds.Triage, row.Id);
            return;
        }

        if (await change.GetIncidentAsync(incidentId) is not { IsOpen: true })
        {
            return;
        }

        var at = change.Now.ToUnixTimeMilliseconds();
        await change.AddToTimelineAsync(new TimelineEntry(0, incidentId, change.Now, change.Now, TimelineKind.AlertResolved,
            words.Text("alert.timeline.resolved", ("title", row.Title)), null), AlertKeys.ResolvedEntry(row.Id, at));
        if (await change.FiringAlertsForAsync(incidentId) == 0)
        {
            var cleared = new AlertsCleared(at);
            await change.QueueAsync(AlertWorkKinds.Cleared, incidentId, cleared.Serialize(), cleared.DedupeKey(incidentId));
        }
    }

    /// <summary>
    /// Ties the alert to the incident declared for it (at once, or from its triage message): the alert becomes the
    /// incident's first timeline entry, at the time it fired. False when the alert was decided already.
    /// </summary>
    public Task<bool> AttachAsync(long alertId, long incidentId, string? userId, CancellationToken ct = default) =>
        changes.RunAsync(async change => await change.GetAlertAsync(alertId) is { } alert
            && await AttachAsync(change, alert, incidentId, AlertTriage.Declared, userId), ct);

    /// <summary>Links a triaged alert to an open incident by its number, as whoever chose it.</summary>
    public Task<LinkOutcome> LinkAsync(long alertId, int incidentNumber, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetAlertAsync(alertId) is not { } alert)
            {
                return LinkOutcome.UnknownAlert;
            }

            var incident = await change.GetIncidentByNumberAsync(incidentNumber);
            if (incident is null || (incident.IsPrivate && !await change.IsMemberAsync(incident.Id, userId)))
            {
                return LinkOutcome.UnknownIncident;
            }

            if (!incident.IsOpen)
            {
                return LinkOutcome.IncidentClosed;
            }

            return await AttachAsync(change, alert, incident.Id, AlertTriage.Linked, userId) ? LinkOutcome.Done : LinkOutcome.AlreadyDecided;
        }, ct);

    private async Task<bool> AttachAsync(Change change, AlertRecord alert, long incidentId, AlertTriage how, string? userId)
    {
        if (!await change.AttachAlertAsync(alert.Id, incidentId, how, userId))
        {
            return false;
        }

        await change.AddToTimelineAsync(new TimelineEntry(0, incidentId, alert.FiredAt, change.Now, TimelineKind.AlertFired,
            words.Text("alert.timeline.fired", ("title", alert.Title), ("source", alert.Source)), null), AlertKeys.FiredEntry(alert.Id));
        if (alert.FireCount > 1)
        {
            await change.NoteAlertFiredAgainAsync(incidentId, alert.Id, FiredAgain(alert));
        }

        if (alert.AutoDeclare == 0)
        {
            await change.QueueForAlertAsync(AlertWorkKinds.Triage, alert.Id);
        }

        if (alert.LinkList.Count > 0)
        {
            // Its links are bookmarked in the channel (after the channel is set up: the work is in the incident's line)
            // and listed in the brief.
            await change.QueueCoalescedAsync(AlertWorkKinds.Bookmarks, incidentId);
            await change.QueueCoalescedAsync(WorkKinds.RefreshMessages, incidentId);
        }

        return true;
    }

    /// <summary>Acknowledges a waiting alert; false when it was acknowledged or decided already.</summary>
    public Task<bool> AcknowledgeAsync(long alertId, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change => await change.AcknowledgeAlertAsync(alertId, userId)
            && await DecidedAsync(change, alertId), ct);

    /// <summary>
    /// Declines an undecided alert with one of <see cref="AlertDeclineReasons.All"/> and an optional note; false when it
    /// was decided already.
    /// </summary>
    public Task<bool> DeclineAsync(long alertId, string userId, string reason, string? note = null, CancellationToken ct = default)
    {
        if (!AlertDeclineReasons.All.Contains(reason))
        {
            throw new ArgumentException($"not a decline reason: {reason}", nameof(reason));
        }

        var kept = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (kept is { Length: > AlertDeclineReasons.MaxNoteLength })
        {
            kept = kept[..AlertDeclineReasons.MaxNoteLength];
        }

        return changes.RunAsync(async change => await change.DeclineAlertAsync(alertId, userId, reason, kept)
            && await DecidedAsync(change, alertId), ct);
    }

    /// <summary>Someone took the alert: its triage message is brought in line (which also cancels its reminder).</summary>
    private static async Task<bool> DecidedAsync(Change change, long alertId)
    {
        await change.QueueForAlertAsync(AlertWorkKinds.Triage, alertId);
        return true;
    }

    /// <summary>
    /// The triage reminder's timer fired: queues the reminder when nobody has acknowledged or decided the alert since;
    /// whether it was queued.
    /// </summary>
    public Task<bool> RemindAsync(long alertId, CancellationToken ct = default) =>
        changes.RunAsync(async change => await change.GetAlertAsync(alertId) is { TriageValue: AlertTriage.Triage }
            && await change.QueueForAlertAsync(AlertWorkKinds.Reminder, alertId), ct);

    private string FiredAgain(AlertRecord alert) =>
        words.Text("alert.timeline.fired_again", ("title", alert.Title), ("count", alert.FireCount));
}
