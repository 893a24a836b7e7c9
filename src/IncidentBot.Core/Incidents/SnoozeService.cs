using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Snoozing the next update reminder once, by at most one cadence: recorded, timelined (in the workspace's
/// <see cref="Words"/>) and rescheduled together.
/// </summary>
public sealed class SnoozeService(
    Database database,
    IncidentStore incidents,
    CadenceStore cadence,
    TimelineStore timeline,
    OutboxStore outbox,
    SeverityLadder ladder,
    Words words,
    IWorkSignal signal,
    TimeProvider time)
{
    public async Task<SnoozeResult> SnoozeAsync(long incidentId, string userId, TimeSpan delay, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var result = await database.InTransactionAsync(async tx =>
        {
            var incident = await incidents.GetAsync(tx, incidentId) ?? throw new KeyNotFoundException($"No incident {incidentId}.");
            var severity = ladder.Get(incident.SeverityKey);
            var state = await cadence.GetAsync(tx, incidentId);
            var decision = SnoozePolicy.Decide(incident, severity, state, delay, now);
            if (decision.Allowed)
            {
                await cadence.SaveAsync(tx, state.For(CadencePolicy.Anchor(incident, state)) with { SnoozedUntil = decision.Until });
                await timeline.AddAsync(tx, new TimelineEntry(0, incidentId, now, now, TimelineKind.Snoozed,
                    words.Text("timeline.reminder.snoozed", ("delay", Minutes(delay))), userId));
                await outbox.EnqueueFollowUpsAsync(tx, incidentId, now);
            }

            return new SnoozeResult(incident, severity, decision);
        }, ct);

        if (result.Decision.Allowed)
        {
            signal.Notify();
        }

        return result;
    }

    /// <summary>The delay as typed (<c>90 min</c>, <c>45 s</c>), not rounded to hours as a duration would be.</summary>
    private string Minutes(TimeSpan delay) => delay.TotalMinutes >= 1 && delay.Seconds == 0
        ? words.Text("duration.minutes", ("m", (int)delay.TotalMinutes))
        : words.Text("duration.seconds", ("s", (int)delay.TotalSeconds));
}
