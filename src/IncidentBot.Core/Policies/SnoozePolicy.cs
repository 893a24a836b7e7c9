using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// Snoozing delays the next update reminder once, by at most one cadence (<c>/incident snooze 30m</c>). Durations are written
/// <c>30m</c>, <c>1h</c> or <c>90s</c> (also <c>30 min</c>, <c>2 hours</c>).
/// </summary>
public static partial class SnoozePolicy
{
    /// <summary>The button's snooze: 30 minutes, or one cadence when that is shorter.</summary>
    public static TimeSpan ButtonDelay(TimeSpan cadence) => cadence < TimeSpan.FromMinutes(30) ? cadence : TimeSpan.FromMinutes(30);

    public static TimeSpan? ParseDuration(string? text)
    {
        var match = DurationPattern().Match((text ?? "").Trim());
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return null;
        }

        return char.ToLowerInvariant(match.Groups["unit"].Value[0]) switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            _ => TimeSpan.FromHours(n),
        };
    }

    /// <summary>
    /// The snooze's outcome: the reminder's new due time, or why it is refused. The delay is added to the reminder's
    /// regular due time (or to now, when that has passed).
    /// </summary>
    public static SnoozeDecision Decide(Incident incident, Severity severity, CadenceState state, TimeSpan delay, DateTimeOffset now)
    {
        if (!incident.IsOpen)
        {
            return SnoozeDecision.Refuse(SnoozeRefusal.Resolved);
        }

        if (severity.UpdateCadence is not { } cadence || CadencePolicy.RegularDue(incident, severity, state) is not { } due)
        {
            return SnoozeDecision.Refuse(SnoozeRefusal.NoCadence);
        }

        if (delay <= TimeSpan.Zero || delay > cadence)
        {
            return SnoozeDecision.Refuse(SnoozeRefusal.TooLong);
        }

        var current = state.For(CadencePolicy.Anchor(incident, state));
        if (current.SnoozedUntil is { } snoozed)
        {
            return SnoozeDecision.Refuse(SnoozeRefusal.AlreadySnoozed, snoozed);
        }

        return new SnoozeDecision(null, (due > now ? due : now) + delay);
    }

    [GeneratedRegex(@"^(?<n>\d{1,6})\s*(?<unit>s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
