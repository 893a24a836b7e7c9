using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Stakeholders;

/// <summary>
/// The stakeholder-update timer: when it fires and stakeholders really are owed an update (nothing sent since, not
/// resolved), records the reminder (in the workspace's <see cref="Words"/>), counts the missed update, applies the
/// escalation policy missed channel updates have, and queues the posts, in one transaction. The next reminder is
/// scheduled by the follow-up schedule sync.
/// </summary>
public sealed class StakeholderReminderService(Changes changes, StakeholderStore store, SeverityLadder ladder, StakeholderAudiences audiences, Words words)
{
    /// <summary>When the incident's timer fires next; null when stakeholders are owed nothing or nobody hears.</summary>
    public async Task<DateTimeOffset?> NextReminderAsync(Incident incident, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var severity = ladder.For(incident);
        return StakeholderPolicy.NextReminder(incident, severity, await store.GetAsync(incident.Id, ct), audiences.For(incident, severity).Count > 0);
    }

    /// <summary>When stakeholders are owed their next update; null when none is expected.</summary>
    public async Task<DateTimeOffset?> DueAsync(Incident incident, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return StakeholderPolicy.Due(incident, ladder.For(incident), await store.GetAsync(incident.Id, ct));
    }

    /// <summary>Returns the recorded reminder, or null when none was due (the schedule is put right instead).</summary>
    public Task<StakeholderReminder?> FireAsync(long incidentId, CancellationToken ct = default) =>
        changes.RunAsync<StakeholderReminder?>(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
            {
                return null;
            }

            var severity = ladder.For(incident);
            var state = await store.GetAsync(change.Transaction, incidentId);
            var heard = audiences.For(incident, severity).Count > 0;
            if (!CadencePolicy.IsDue(StakeholderPolicy.NextReminder(incident, severity, state, heard), change.Now))
            {
                await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
                return null;
            }

            var missed = state.Missed + 1;
            var step = EscalationPolicy.Decide(severity, missed, state.Escalated, incident.Commander is not null);
            var reminder = new StakeholderReminder(missed, state.Sent, change.Now, StakeholderPolicy.Due(incident, severity, state)!.Value, step);
            await store.SaveAsync(change.Transaction, state with
            {
                Missed = missed, LastReminderAt = change.Now, Escalated = EscalationPolicy.After(step, state.Escalated),
            });
            await change.AddToTimelineAsync(incidentId, TimelineKind.ReminderSent,
                words.Count("stakeholders.timeline.reminder", missed, ("severity", severity.DisplayKey)), null);
            if (step != EscalationStep.None)
            {
                await change.AddToTimelineAsync(incidentId, TimelineKind.Escalated, step == EscalationStep.DirectMessageCommander
                    ? words.Count("stakeholders.timeline.escalated_commander", missed, ("user", incident.Commander))
                    : words.Count("stakeholders.timeline.escalated_target", missed, ("target", EscalationPolicy.Mention(severity.EscalationTarget!))), null);
            }

            await change.QueueAsync(StakeholderWorkKinds.PostStakeholderReminder, incidentId, JsonSerializer.Serialize(reminder),
                $"stakeholder-reminder:{incidentId}:{reminder.Key}");
            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
            return reminder;
        }, ct);
}
