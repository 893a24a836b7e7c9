using System.Globalization;

namespace IncidentBot.Core.Metrics;

/// <summary>
/// The period of a report, in UTC: a calendar month (<c>2026-11</c>) or quarter (<c>2026-Q3</c>). Without a period the
/// last one that has ended is meant.
/// </summary>
public sealed record ReportPeriod(bool Quarterly, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>How the period is written: <c>2026-11</c> or <c>2026-Q3</c>.</summary>
    public string Name => Quarterly
        ? $"{From.Year.ToString(CultureInfo.InvariantCulture)}-Q{((From.Month - 1) / 3) + 1}"
        : From.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static ReportPeriod Month(int year, int month)
    {
        var from = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        return new ReportPeriod(false, from, from.AddMonths(1));
    }

    public static ReportPeriod Quarter(int year, int quarter)
    {
        var from = new DateTimeOffset(year, ((quarter - 1) * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new ReportPeriod(true, from, from.AddMonths(3));
    }

    /// <summary>The last month that has ended at <paramref name="now"/>.</summary>
    public static ReportPeriod PreviousMonth(DateTimeOffset now)
    {
        var start = new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-1);
        return Month(start.Year, start.Month);
    }

    /// <summary>
    /// Parses <c>[monthly|quarterly] [period]</c>: the kind defaults to monthly, or follows the period's form; a period
    /// of the other kind, a month out of range, or anything after the period is refused.
    /// </summary>
    public static bool TryParse(string? text, DateTimeOffset now, out ReportPeriod period)
    {
        period = PreviousMonth(now);
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        bool? quarterly = null;
        if (words.Length > 0 && words[0].ToLowerInvariant() is "monthly" or "quarterly")
        {
            quarterly = words[0].Equals("quarterly", StringComparison.OrdinalIgnoreCase);
            index = 1;
        }

        if (words.Length - index > 1)
        {
            return false;
        }

        if (words.Length == index)
        {
            period = quarterly == true ? PreviousQuarter(now) : PreviousMonth(now);
            return true;
        }

        var typed = words[index].ToUpperInvariant();
        if (typed.Length == 7 && typed[4] == '-' && typed[5] == 'Q' && quarterly != false
            && Year(typed[..4]) is { } qYear && typed[6] is >= '1' and <= '4')
        {
            period = Quarter(qYear, typed[6] - '0');
            return true;
        }

        if (typed.Length == 7 && typed[4] == '-' && quarterly != true && Year(typed[..4]) is { } mYear
            && int.TryParse(typed[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = Month(mYear, month);
            return true;
        }

        return false;
    }

    private static ReportPeriod PreviousQuarter(DateTimeOffset now)
    {
        var quarterStart = new DateTimeOffset(now.UtcDateTime.Year, (((now.UtcDateTime.Month - 1) / 3) * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-3);
        return Quarter(quarterStart.Year, ((quarterStart.Month - 1) / 3) + 1);
    }

    private static int? Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 9999 ? year : null;
}
