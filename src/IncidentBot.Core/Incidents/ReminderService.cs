using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// What the update-reminder timer does when it fires: if an update is really due (not resolved, not updated or
/// snoozed since), records the reminder (in the workspace's <see cref="Words"/>), counts the missed update, applies the escalation policy and queues the
/// Slack posts, in one transaction. The next reminder is scheduled by the follow-up schedule sync.
/// </summary>
public sealed class ReminderService(CadenceTimer timer, Words words)
{
    /// <summary>Returns the recorded reminder, or null when none was due.</summary>
    public Task<ReminderPayload?> FireAsync(long incidentId, CancellationToken ct = default) => timer.FireAsync(
        incidentId,
        m => CadencePolicy.NextReminder(m.Incident, m.Severity, m.State),
        async m =>
        {
            var (change, incident, severity, state) = m;
            var anchor = CadencePolicy.Anchor(incident, state);
            var current = state.For(anchor);
            var missed = current.Missed + 1;
            var step = EscalationPolicy.Decide(severity, missed, current.Escalated, incident.Commander is not null);
            var payload = new ReminderPayload(missed, UnixTime.ToUnixMs(anchor), change.Now, anchor, step);
            var key = $"reminder:{incidentId}:{payload.AnchorMs}:{missed}";
            await change.SaveCadenceAsync(current with
            {
                Missed = missed, LastReminderAt = change.Now, SnoozedUntil = null, Escalated = EscalationPolicy.After(step, current.Escalated),
            });
            await change.AddToTimelineAsync(incidentId, TimelineKind.ReminderSent,
                words.Text("timeline.reminder.update", ("severity", severity.DisplayKey), ("missed", missed)), null, key);
            if (step != EscalationStep.None)
            {
                await change.AddToTimelineAsync(incidentId, TimelineKind.Escalated, Describe(step, incident, severity, missed), null);
            }

            await change.QueueAsync(CadenceWorkKinds.PostReminder, incidentId, JsonSerializer.Serialize(payload), key);
            await change.QueueFollowUpsAsync(incidentId);
            return payload;
        },
        ct);

    private string Describe(EscalationStep step, Incident incident, Severity severity, int missed) => step switch
    {
        EscalationStep.DirectMessageCommander => words.Count("timeline.escalated.commander", missed, ("user", incident.Commander)),
        _ => words.Count("timeline.escalated.target", missed, ("target", EscalationPolicy.Mention(severity.EscalationTarget!))),
    };
}
