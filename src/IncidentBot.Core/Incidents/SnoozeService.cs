using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Snoozing the next update reminder once, by at most one cadence: recorded, timelined (in the workspace's
/// <see cref="Words"/>) and rescheduled together.
/// </summary>
public sealed class SnoozeService(Changes changes, SeverityLadder ladder, Words words)
{
    public Task<SnoozeResult> SnoozeAsync(long incidentId, string userId, TimeSpan delay, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var incident = await change.GetIncidentAsync(incidentId) ?? throw new KeyNotFoundException($"No incident {incidentId}.");
            var severity = ladder.For(incident);
            var state = await change.GetCadenceAsync(incidentId);
            var decision = SnoozePolicy.Decide(incident, severity, state, delay, change.Now);
            if (decision.Allowed)
            {
                await change.SaveCadenceAsync(state.For(CadencePolicy.Anchor(incident, state)) with { SnoozedUntil = decision.Until });
                await change.AddToTimelineAsync(incidentId, TimelineKind.Snoozed,
                    words.Text("timeline.reminder.snoozed", ("delay", Minutes(delay))), userId);
                await change.QueueFollowUpsAsync(incidentId);
            }

            return new SnoozeResult(incident, severity, decision);
        }, ct);

    /// <summary>The delay as typed (<c>90 min</c>, <c>45 s</c>), not rounded to hours as a duration would be.</summary>
    private string Minutes(TimeSpan delay) => delay.TotalMinutes >= 1 && delay.Seconds == 0
        ? words.Text("duration.minutes", ("m", (int)delay.TotalMinutes))
        : words.Text("duration.seconds", ("s", (int)delay.TotalSeconds));
}
