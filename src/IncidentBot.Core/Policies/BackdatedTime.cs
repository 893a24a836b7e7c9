using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Policies;

/// <summary>
/// Reads the <c>@HH:MM</c> of a back-dated note: 24-hour time, today, in the configured zone. A time later than now,
/// a time the zone skips (a DST gap) or anything else after the <c>@</c> is refused with the reason, in the words of the
/// person who wrote the note.
/// </summary>
public static partial class BackdatedTime
{
    public static bool TryParse(Words words, string token, TimeZoneInfo zone, DateTimeOffset now, out DateTimeOffset at, out string problem)
    {
        ArgumentNullException.ThrowIfNull(words);
        at = default;
        problem = "";
        var match = Clock().Match(token);
        if (!match.Success)
        {
            problem = words.Text("policy.time.not_a_time", ("token", token));
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            problem = words.Text("policy.time.out_of_range", ("token", token));
            return false;
        }

        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var local = new DateTime(localNow.Year, localNow.Month, localNow.Day, hour, minute, 0, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            problem = words.Text("policy.time.skipped", ("time", token[1..]), ("zone", zone.Id));
            return false;
        }

        at = Earliest(local, zone);
        if (at > now)
        {
            problem = words.Text("policy.time.future", ("time", token[1..]), ("zone", zone.Id));
            return false;
        }

        return true;
    }

    /// <summary>The UTC instant of a local time; when the clocks go back and it happens twice, the first.</summary>
    private static DateTimeOffset Earliest(DateTime local, TimeZoneInfo zone)
    {
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    [GeneratedRegex(@"^@(?<h>\d{1,2}):(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
