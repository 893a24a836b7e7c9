using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// When the next update reminder is due: one cadence after the anchor (last update, declaration or
/// reopening), sooner when the last update promised it sooner, one cadence after each reminder while nobody updates,
/// and later when snoozed. None for resolved incidents or severities without a cadence.
/// </summary>
public static class CadencePolicy
{
    /// <summary>The time reminder counters are relative to: the last update or declaration, or a later reopening.</summary>
    public static DateTimeOffset Anchor(Incident incident, CadenceState state)
    {
        var anchor = incident.LastUpdateAt ?? incident.DeclaredAt;
        return state.ReopenedAt is { } reopened && reopened > anchor ? reopened : anchor;
    }

    /// <summary>The next reminder's due time, snooze included; null when the incident is never to be reminded.</summary>
    public static DateTimeOffset? NextReminder(Incident incident, Severity severity, CadenceState state) =>
        RegularDue(incident, severity, state) is { } due ? AfterSnooze(state.For(Anchor(incident, state)), due) : null;

    /// <summary>The next reminder's due time ignoring any snooze.</summary>
    public static DateTimeOffset? RegularDue(Incident incident, Severity severity, CadenceState state)
    {
        if (!incident.IsOpen || severity.UpdateCadence is not { } cadence)
        {
            return null;
        }

        var anchor = Anchor(incident, state);
        var current = state.For(anchor);
        return current.LastReminderAt is { } last ? last + cadence : FirstDue(anchor, current, cadence);
    }

    /// <summary>
    /// When the next update is due, as the brief shows it: one cadence after the anchor, sooner when the last update
    /// promised it sooner, later when the reminder was snoozed past it. Reminders already sent do not move it on: an
    /// update they asked for stays overdue. Null when none is expected.
    /// </summary>
    public static DateTimeOffset? UpdateDue(Incident incident, Severity severity, CadenceState state)
    {
        if (!incident.IsOpen || severity.UpdateCadence is not { } cadence)
        {
            return null;
        }

        var anchor = Anchor(incident, state);
        var current = state.For(anchor);
        return AfterSnooze(current, FirstDue(anchor, current, cadence));
    }

    /// <summary><paramref name="due"/>, or the snooze's end when the reminder was snoozed past it.</summary>
    private static DateTimeOffset AfterSnooze(CadenceState current, DateTimeOffset due) =>
        current.SnoozedUntil is { } snoozed && snoozed > due ? snoozed : due;

    /// <summary>One cadence after the anchor, or sooner when the last update promised the next one sooner.</summary>
    private static DateTimeOffset FirstDue(DateTimeOffset anchor, CadenceState current, TimeSpan cadence)
    {
        var regular = anchor + cadence;
        return current.PromisedAt is { } promised && promised > anchor && promised < regular ? promised : regular;
    }

    /// <summary>Whether a reminder that fires at <paramref name="now"/> is due (allowing for timer jitter).</summary>
    public static bool IsDue(DateTimeOffset? due, DateTimeOffset now) => due is { } d && d <= now + Tolerance;

    /// <summary>How early a timer may fire and still count as on time.</summary>
    public static TimeSpan Tolerance { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// When the brief shows the next update due: <see cref="UpdateDue"/>, or while the initial assessment is outstanding,
    /// its due time if that is sooner (the update reminder itself keeps to the cadence; the assessment has a reminder of
    /// its own). Null when none is expected.
    /// </summary>
    public static DateTimeOffset? BriefDue(Incident incident, Severity severity, CadenceState state)
    {
        var due = UpdateDue(incident, severity, state);
        if (!AssessmentPolicy.IsOutstanding(incident, severity, state))
        {
            return due;
        }

        var assessment = AssessmentPolicy.Due(incident, severity);
        return due is { } regular && regular < assessment ? regular : assessment;
    }
}
