namespace IncidentBot.Core.Oncall;

/// <summary>Wall-clock times in a zone as instants, across daylight-saving changes.</summary>
public static class ZoneTime
{
    /// <summary>
    /// The instant <paramref name="wall"/> shows in <paramref name="zone"/>. A time the spring change skips is moved on
    /// by the gap (02:30 on the night clocks go forward is 03:30); a time the autumn change repeats is its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime wall, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-6));
            return new DateTimeOffset(local - before, TimeSpan.Zero);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
