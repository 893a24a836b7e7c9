namespace IncidentBot.Core.Metrics;

/// <summary>Queued work of the reports.</summary>
public static class ReportWorkKinds
{
    /// <summary>Posts the month named in the payload (<c>2026-11</c>) to the feed, once, and its chart after it.</summary>
    public const string MonthlyReport = "monthly_report";

    /// <summary>Shares the chart of a report asked for with <c>/incident report</c> into the channel it was posted in, once.</summary>
    public const string ReportChart = "report_chart";
}
