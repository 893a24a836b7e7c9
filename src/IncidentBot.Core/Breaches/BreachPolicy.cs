namespace IncidentBot.Core.Breaches;

/// <summary>
/// When a breach clock fires and what it says, as pure functions of the clock, the declaration time, its state and now.
/// Marks missed while the bot was down are not replayed: one reminder names the latest mark passed, and once the
/// deadline has passed only the deadline is announced.
/// </summary>
public static class BreachPolicy
{
    /// <summary>The next time the clock fires; null once it has stopped (<see cref="BreachState.IsStopped"/>).</summary>
    public static DateTimeOffset? NextDue(BreachClock clock, DateTimeOffset declaredAt, BreachState state)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsStopped)
        {
            return null;
        }

        return state.RemindersSent < clock.Reminders.Count
            ? declaredAt + clock.Reminders[state.RemindersSent]
            : clock.DeadlineFrom(declaredAt);
    }

    /// <summary>What the clock says at <paramref name="now"/>; null when nothing is due.</summary>
    public static BreachAlarm? Due(BreachClock clock, DateTimeOffset declaredAt, BreachState state, DateTimeOffset now)
    {
        if (NextDue(clock, declaredAt, state) is not { } due || due > now)
        {
            return null;
        }

        var deadline = clock.DeadlineFrom(declaredAt);
        return now >= deadline
            ? new BreachAlarm(true, clock.Reminders.Count, deadline)
            : new BreachAlarm(false, clock.Reminders.Count(m => declaredAt + m <= now), deadline);
    }
}
