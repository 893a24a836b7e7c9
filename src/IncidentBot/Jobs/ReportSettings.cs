using System.Globalization;
using IncidentBot.Hosting;

namespace IncidentBot.Jobs;

/// <summary>
/// When the monthly report is posted to the feed: <c>IncidentBot:Reports:Day</c> of the month (1 to 28, default 1) at
/// <c>IncidentBot:Reports:Time</c> (HH:mm, default 09:00) in <c>IncidentBot:Reports:Zone</c> (default the bot's zone).
/// </summary>
public sealed record ReportSettings(int Day, TimeOnly At, string? Zone)
{
    public const string Section = "IncidentBot:Reports";

    public static ReportSettings From(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection(Section);
        var day = int.TryParse(section["Day"], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 1;
        var at = ActionDigestSchedule.TryParseTime(section["Time"], out var t) ? t : new TimeOnly(9, 0);
        return new ReportSettings(day, at, section["Zone"] is { Length: > 0 } zone ? zone : null);
    }

    /// <summary>What is wrong with the settings, for the start-up check; each line names its setting.</summary>
    public static IEnumerable<string> Problems(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection(Section);
        if (section["Day"] is { Length: > 0 } day && !(int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 28))
        {
            yield return $"IncidentBot__Reports__Day \"{day}\" is not a day every month has: use 1 to 28.";
        }

        if (section["Time"] is { Length: > 0 } time && !ActionDigestSchedule.TryParseTime(time, out _))
        {
            yield return $"IncidentBot__Reports__Time \"{time}\" is not a time of day: use HH:mm, such as 09:00.";
        }

        if (section["Zone"] is { Length: > 0 } zone && !Known(zone))
        {
            yield return $"IncidentBot__Reports__Zone \"{zone}\" is not a time zone: use an IANA name, such as Europe/Berlin.";
        }
    }

    private static bool Known(string zone)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(zone);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
