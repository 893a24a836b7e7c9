using System.Globalization;

namespace IncidentBot.Core.Metrics;

/// <summary>The <c>[Nd]</c> argument of <c>/incident stats</c>: 1 to 365 days, 30 by default.</summary>
public static class StatsWindow
{
    public const int DefaultDays = 30;
    public const int MaxDays = 365;

    public static bool TryParse(string? text, out int days)
    {
        days = DefaultDays;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        var digits = trimmed.EndsWith('d') || trimmed.EndsWith('D') ? trimmed[..^1] : trimmed;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out days) && days is >= 1 and <= MaxDays;
    }
}
