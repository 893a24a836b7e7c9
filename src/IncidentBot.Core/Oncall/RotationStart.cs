using System.Globalization;

namespace IncidentBot.Core.Oncall;

/// <summary>
/// Reads a rotation's first handoff (<c>IncidentBot__Rotations__&lt;name&gt;__Handoff</c>): an ISO date-time with its
/// offset, or a weekday and <c>HH:mm</c>. A weekday and time count turns from the first such moment of 2024.
/// </summary>
public static class RotationStart
{
    /// <summary>The handoff when none is configured.</summary>
    public const string Default = "Monday 09:00";

    private static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly string[] IsoFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>The wall-clock time in <paramref name="zone"/> turn 0 starts at; null when <paramref name="text"/> is neither form.</summary>
    public static DateTime? Parse(string? text, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var value = string.IsNullOrWhiteSpace(text) ? Default : text.Trim();
        if (DateTimeOffset.TryParseExact(value, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && HasOffset(value))
        {
            return TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TryDay(parts[0], out var day)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        var first = Epoch.AddDays(((int)day - (int)Epoch.DayOfWeek + 7) % 7);
        return first.Add(time.ToTimeSpan());
    }

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.EndsWith('z') || value.LastIndexOfAny(['+', '-']) > value.IndexOf('T', StringComparison.Ordinal);

    private static bool TryDay(string text, out DayOfWeek day)
    {
        day = default;
        var match = Enum.GetValues<DayOfWeek>().Where(d => text.Length >= 3
            && d.ToString().StartsWith(text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count != 1)
        {
            return false;
        }

        day = match[0];
        return true;
    }
}
