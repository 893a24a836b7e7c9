namespace IncidentBot.Hosting;

/// <summary>The configured time zone (<c>IncidentBot:TimeZone</c>): channel dates and back-dated notes use it.</summary>
public sealed class ZoneClock(string timeZoneId)
{
    public TimeZoneInfo Zone { get; } = Find(timeZoneId);

    /// <summary>The zone <paramref name="timeZoneId"/> names (IANA), UTC when it is empty; throws when there is none.</summary>
    public static TimeZoneInfo Find(string? timeZoneId) =>
        TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(timeZoneId) ? "UTC" : timeZoneId);

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public DateOnly LocalDate(DateTimeOffset utc) => DateOnly.FromDateTime(ToLocal(utc).DateTime);
}
