namespace IncidentBot.Work;

/// <summary>
/// The payload of a chart to follow a report asked for with <c>/incident report</c>: where the report went, who asked
/// (told if the chart cannot be shared there), and the period as the command reads it (<c>monthly 2026-11</c>).
/// </summary>
public sealed record ReportChartRequest(string Channel, string User, string Period);
