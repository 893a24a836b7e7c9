namespace IncidentBot.Core.Incidents;

/// <summary>
/// When an action item should be done: on its own due date when it has one, else within the configured number of
/// business days (Monday to Friday in the configured time zone) of being added.
/// </summary>
public static class ActionItemDeadline
{
    /// <summary>The practice's default: follow-up work done within five business days.</summary>
    public const int DefaultBusinessDays = 5;

    /// <summary>Open and past its deadline at <paramref name="now"/> (an item due today is not overdue until tomorrow).</summary>
    public static bool IsOverdue(ActionItem item, DateTimeOffset now, int businessDays, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.IsOpen)
        {
            return false;
        }

        return item.Due is { } due
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime) > due
            : now > AddBusinessDays(item.CreatedAt, businessDays, zone);
    }

    /// <summary>
    /// <paramref name="from"/> moved on by <paramref name="days"/> business days at the same time of day: Friday 10:00
    /// plus one is Monday 10:00; a Saturday plus one is Monday. Zero days is <paramref name="from"/> itself.
    /// </summary>
    public static DateTimeOffset AddBusinessDays(DateTimeOffset from, int days, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(from, zone).DateTime;
        for (var i = 0; i < days; i++)
        {
            local = local.AddDays(1);
            while (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                local = local.AddDays(1);
            }
        }

        var at = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(at) ? zone.GetUtcOffset(at.AddHours(1)) : zone.GetUtcOffset(at);
        return new DateTimeOffset(at, offset);
    }
}
