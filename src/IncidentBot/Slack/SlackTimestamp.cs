using System.Globalization;

namespace IncidentBot.Slack;

/// <summary>Slack message timestamps (<c>1539904112.000100</c>: Unix seconds and a per-channel micro fraction).</summary>
public static class SlackTimestamp
{
    /// <summary>The moment a message was posted, to the millisecond; false when <paramref name="ts"/> is not a Slack ts.</summary>
    public static bool TryParse(string? ts, out DateTimeOffset at)
    {
        at = default;
        if (ts is null || !decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || seconds <= 0 || seconds > 253402300799m)
        {
            return false;
        }

        at = DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Floor(seconds * 1000));
        return true;
    }
}
