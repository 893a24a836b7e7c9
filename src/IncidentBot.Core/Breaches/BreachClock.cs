using IncidentBot.Core.Configuration;

namespace IncidentBot.Core.Breaches;

/// <summary>
/// An incident type's breach-notification clock, from its options: the authorities must be told within
/// <see cref="NotifyAfter"/> of the declaration; the IC and <see cref="Contact"/> are reminded at each of
/// <see cref="Reminders"/> (times after the declaration, earliest first, each before the deadline).
/// </summary>
public sealed record BreachClock(TimeSpan NotifyAfter, IReadOnlyList<TimeSpan> Reminders, string? Contact)
{
    /// <summary>The clock of the type <paramref name="typeKey"/>; null when that type has none (no positive <c>BreachNotifyAfter</c>).</summary>
    public static BreachClock? Of(IncidentBotOptions options, string typeKey)
    {
        ArgumentNullException.ThrowIfNull(options);
        var type = options.Types.FirstOrDefault(t => string.Equals(t.Key, typeKey, StringComparison.OrdinalIgnoreCase)).Value;
        if (type?.BreachNotifyAfter is not { } after || after <= TimeSpan.Zero)
        {
            return null;
        }

        var marks = type.BreachReminders.Where(m => m > TimeSpan.Zero && m < after).Distinct().Order().ToList();
        return new BreachClock(after, marks, string.IsNullOrWhiteSpace(type.BreachContact) ? null : type.BreachContact.Trim());
    }

    /// <summary>When the authorities must have been told for an incident declared at <paramref name="declaredAt"/>.</summary>
    public DateTimeOffset DeadlineFrom(DateTimeOffset declaredAt) => declaredAt + NotifyAfter;
}
