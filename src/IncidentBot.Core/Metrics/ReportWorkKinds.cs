namespace IncidentBot.Core.Metrics;

/// <summary>Queued work of the scheduled report.</summary>
public static class ReportWorkKinds
{
    /// <summary>Posts the month named in the payload (<c>2026-11</c>) to the feed, once.</summary>
    public const string MonthlyReport = "monthly_report";
}
