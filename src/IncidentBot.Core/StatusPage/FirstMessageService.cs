using System.Text.Json;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.StatusPage;

/// <summary>
/// The first-external-communication reminder: which rungs need one (<c>FirstMessageSeverities</c>, by default the
/// ladder's worst two), when it fires next, and, when it fires, the reminder or escalation recorded on the timeline and
/// queued, once per mark, in one transaction.
/// </summary>
public sealed class FirstMessageService(Changes changes, StatusPageStore store, SeverityLadder ladder, StatusPageOptions options, Words words)
{
    public bool Needs(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var severity = ladder.For(incident);
        return options.FirstMessageSeverities.Count > 0
            ? options.FirstMessageSeverities.Contains(severity.Key, StringComparer.OrdinalIgnoreCase)
            : ladder.All.Take(SeverityLadder.InitialAssessmentRungs).Any(s => s.Key == severity.Key);
    }

    public async Task<DateTimeOffset?> NextDueAsync(Incident incident, CancellationToken ct = default) =>
        FirstMessagePolicy.NextDue(incident, Needs(incident), options.FirstMessageWithin,
            await store.RemindersSentAsync(incident.Id, ct), await store.HasMessageAsync(incident.Id, ct));

    /// <summary>Records the mark due now and queues it; null when nothing was due (the schedule is put right instead).</summary>
    public Task<FirstMessagePayload?> FireAsync(long incidentId, CancellationToken ct = default) =>
        changes.RunAsync<FirstMessagePayload?>(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
            {
                return null;
            }

            var sent = await StatusPageStore.RemindersSentAsync(change.Transaction, incidentId);
            var published = await StatusPageStore.HasMessageAsync(change.Transaction, incidentId);
            if (FirstMessagePolicy.Due(incident, Needs(incident), options.FirstMessageWithin, sent, published, change.Now) is not { } mark)
            {
                await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
                return null;
            }

            await StatusPageStore.SaveRemindersSentAsync(change.Transaction, incidentId, mark);
            var severity = ladder.For(incident);
            var recipients = new[] { incident.Commander, incident.RoleHolder("comms") }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var target = mark >= FirstMessagePolicy.EscalationMark ? severity.EscalationTarget : null;
            var payload = new FirstMessagePayload(mark, change.Now - incident.DeclaredAt, recipients, target);
            var key = $"first-message:{incidentId}:{mark}";
            await change.AddToTimelineAsync(incidentId, mark >= FirstMessagePolicy.EscalationMark ? TimelineKind.Escalated : TimelineKind.ReminderSent,
                words.Text(mark >= FirstMessagePolicy.EscalationMark ? "statuspage.timeline.first_escalated" : "statuspage.timeline.first_reminder",
                    ("after", words.Duration(payload.Waited))), null, key);
            await change.QueueAsync(StatusPageWorkKinds.PostFirstMessageReminder, incidentId, JsonSerializer.Serialize(payload), key);
            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
            return payload;
        }, ct);
}
