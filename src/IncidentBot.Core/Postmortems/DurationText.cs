namespace IncidentBot.Core.Postmortems;

/// <summary>Durations as people say them: "1 h 12 min", "3 min", "45 s", "3 d 4 h".</summary>
public static class DurationText
{
    public static string Of(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return $"{Math.Max(0, (int)span.TotalSeconds)} s";
        }

        var hours = (int)span.TotalHours;
        return hours switch
        {
            0 => $"{span.Minutes} min",
            < 48 => span.Minutes == 0 ? $"{hours} h" : $"{hours} h {span.Minutes} min",
            _ => $"{(int)span.TotalDays} d {span.Hours} h",
        };
    }

    public static string Of(TimeSpan? span) => span is { } s ? Of(s) : "—";
}
