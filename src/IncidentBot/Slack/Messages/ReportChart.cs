using System.Globalization;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Texts;
using ScottPlot;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The report's chart, drawn server-side as a PNG: incidents per week stacked by severity (worst rung at the bottom) and
/// the mean time to resolve per month, in hours. The report it is given holds no private incident, so neither does this.
/// </summary>
public static class ReportChart
{
    public const int Width = 1200;
    public const int Height = 450;

    /// <summary>One colour per rung, worst first, so a severity keeps its colour from one report to the next.</summary>
    private static readonly Color[] Palette =
    [
        Color.FromHex("#b91c1c"), Color.FromHex("#ea580c"), Color.FromHex("#ca8a04"), Color.FromHex("#2563eb"),
        Color.FromHex("#059669"), Color.FromHex("#7c3aed"), Color.FromHex("#64748b"),
    ];

    public static string FileName(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"incident-report-{period.Name}.png";
    }

    public static byte[] Render(Words words, InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(report);
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        Weeks(multiplot.GetPlot(0), words, report);
        Mttr(multiplot.GetPlot(1), words, report);
        return multiplot.Render(Width, Height).GetImageBytes(ImageFormat.Png);
    }

    private static void Weeks(Plot plot, Words words, InsightsReport report)
    {
        plot.Title(words["report.chart.per_week"]);
        var bars = new List<Bar>();
        var bases = new double[report.Weeks.Count];
        for (var s = 0; s < report.WeeksBySeverity.Count; s++)
        {
            var severity = report.WeeksBySeverity[s];
            var colour = Palette[s % Palette.Length];
            for (var w = 0; w < severity.Weeks.Count && w < bases.Length; w++)
            {
                if (severity.Weeks[w].Count > 0)
                {
                    bars.Add(new Bar { Position = w, ValueBase = bases[w], Value = bases[w] + severity.Weeks[w].Count, FillColor = colour });
                    bases[w] += severity.Weeks[w].Count;
                }
            }

            plot.Legend.ManualItems.Add(new LegendItem { LabelText = severity.SeverityKey.ToUpperInvariant(), FillColor = colour });
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, report.Weeks.Count).Select(i => (double)i)],
            [.. report.Weeks.Select(w => w.Start.ToString("MM-dd", CultureInfo.InvariantCulture))]);
        plot.Axes.Bottom.Label.Text = words["insights.week"];
        plot.Axes.Left.Label.Text = words["insights.count"];
        plot.Axes.SetLimitsY(0, Math.Max(1, bases.DefaultIfEmpty(0).Max()) * 1.15);
        plot.Axes.SetLimitsX(-0.6, Math.Max(1, report.Weeks.Count) - 0.4);
        plot.ShowLegend(Alignment.UpperRight);
    }

    private static void Mttr(Plot plot, Words words, InsightsReport report)
    {
        plot.Title(words["report.chart.mttr"]);
        var hours = report.Months.Select(m => m.Mttr is { } t ? t.TotalHours : 0).ToArray();
        plot.Add.Bars(hours.Select((h, i) => new Bar { Position = i, Value = h, FillColor = Palette[3] }).ToList());
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, report.Months.Count).Select(i => (double)i)],
            [.. report.Months.Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture))]);
        plot.Axes.Bottom.Label.Text = words["insights.month"];
        plot.Axes.Left.Label.Text = words["report.chart.hours"];
        plot.Axes.SetLimitsY(0, Math.Max(1, hours.DefaultIfEmpty(0).Max()) * 1.15);
        plot.Axes.SetLimitsX(-0.6, Math.Max(1, report.Months.Count) - 0.4);
    }
}
