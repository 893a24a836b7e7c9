using System.Text.Json;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Breaches;

/// <summary>
/// The breach-notification clock: when it fires, records the reminder (or the deadline's passing) on the timeline and
/// queues the DMs, in one transaction; and records the decision that stops it. Timeline entries are in the workspace's
/// <see cref="Words"/>.
/// </summary>
public sealed class BreachService(Changes changes, BreachStore store, IncidentBotOptions options, Words words)
{
    /// <summary>The clock of the incident's type; null when its type has none.</summary>
    public BreachClock? ClockOf(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return BreachClock.Of(options, incident.Type);
    }

    public Task<BreachState> StateAsync(long incidentId, CancellationToken ct = default) => store.GetAsync(incidentId, ct);

    /// <summary>When the incident's clock fires next; null when it has no clock or the clock has stopped.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(Incident incident, CancellationToken ct = default) =>
        ClockOf(incident) is { } clock ? BreachPolicy.NextDue(clock, incident.DeclaredAt, await store.GetAsync(incident.Id, ct)) : null;

    /// <summary>Records what the clock says now and queues it; null when nothing was due (the schedule is put right instead).</summary>
    public Task<BreachPayload?> FireAsync(long incidentId, CancellationToken ct = default) =>
        changes.RunAsync<BreachPayload?>(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident || ClockOf(incident) is not { } clock)
            {
                return null;
            }

            var state = await store.GetAsync(change.Transaction, incidentId);
            if (BreachPolicy.Due(clock, incident.DeclaredAt, state, change.Now) is not { } alarm)
            {
                await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
                return null;
            }

            await store.SaveAsync(change.Transaction, alarm.IsDeadline
                ? state with { RemindersSent = clock.Reminders.Count, DeadlineAnnouncedAt = change.Now }
                : state with { RemindersSent = alarm.Mark });
            var recipients = new[] { incident.Commander, clock.Contact }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var payload = new BreachPayload(alarm.IsDeadline, alarm.Mark, clock.Reminders.Count, UnixTime.ToUnixMs(alarm.Deadline),
                UnixTime.ToUnixMs(change.Now), recipients);
            await change.AddToTimelineAsync(incidentId, TimelineKind.ReminderSent, alarm.IsDeadline
                ? words.Text("security.timeline.deadline", ("after", words.Duration(clock.NotifyAfter)))
                : words.Text("security.timeline.reminder", ("number", alarm.Mark), ("max", clock.Reminders.Count),
                    ("left", words.Duration(alarm.Deadline - change.Now))), null);
            await change.QueueAsync(BreachWorkKinds.PostBreachNotice, incidentId, JsonSerializer.Serialize(payload),
                $"breach:{incidentId}:{payload.Key}");
            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
            return payload;
        }, ct);

    /// <summary>
    /// Records that the authorities were notified, or why no notification is required, by <paramref name="userId"/>: a
    /// timeline entry, the decision kept for the post-mortem, and the clock stopped. A later record replaces an earlier
    /// one (both stay on the timeline). Null when the incident does not exist.
    /// </summary>
    public Task<BreachState?> RecordAsync(long incidentId, string userId, BreachDecision decision, string details, CancellationToken ct = default) =>
        changes.RunAsync<BreachState?>(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is null)
            {
                return null;
            }

            var state = await store.GetAsync(change.Transaction, incidentId) with
            {
                Decision = decision, DecidedBy = userId, DecidedAt = change.Now, Details = details,
            };
            await store.SaveAsync(change.Transaction, state);
            var text = words.Text(decision == BreachDecision.Notified ? "security.timeline.notified" : "security.timeline.not_required", ("details", details));
            await change.AddToTimelineAsync(incidentId, TimelineKind.BreachNoticeRecorded, text, userId);
            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
            return state;
        }, ct);
}
