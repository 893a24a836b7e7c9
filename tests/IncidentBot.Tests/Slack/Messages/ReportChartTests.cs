using IncidentBot.Core.Metrics;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>The report's chart: a PNG of the promised size, drawn in the reader's language, and drawn for a quiet period too.</summary>
public sealed class ReportChartTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Order = ["sev0", "sev1", "sev2"];

    private static MetricsIncident Incident(int number, int day, string severity, double hours) =>
        new(number, severity, false, From.AddDays(day), From.AddDays(day).AddMinutes(3), null, From.AddDays(day).AddHours(hours),
            UpdateTiming.None, false, false, 0, 0) { Title = $"Incident {number}" };

    private static InsightsReport Busy() => InsightsBuilder.Build(
        [Incident(1, 2, "sev1", 2), Incident(2, 3, "sev2", 1), Incident(3, 10, "sev0", 5), Incident(4, 20, "sev2", 0.5)], From, To, Order);

    [Test]
    public void Render_BusyMonth_APngOfTheChartsSize()
    {
        var png = ReportChart.Render(Words.English, Busy());

        Assert.Multiple(() =>
        {
            Assert.That(Png.IsPng(png), Is.True);
            Assert.That(Png.Size(png), Is.EqualTo((ReportChart.Width, ReportChart.Height)));
        });
    }

    [Test]
    public void Render_Russian_DrawsOtherWordsThanEnglish()
    {
        var report = Busy();

        Assert.That(ReportChart.Render(Words.Russian, report), Is.Not.EqualTo(ReportChart.Render(Words.English, report)));
    }

    [Test]
    public void Render_QuietMonth_StillAChart()
    {
        var png = ReportChart.Render(Words.English, InsightsBuilder.Build([], From, To, Order));

        Assert.That(Png.IsPng(png) && Png.Size(png) == (ReportChart.Width, ReportChart.Height), Is.True);
    }

    [Test]
    public void FileName_NamesThePeriod()
    {
        Assert.That(ReportChart.FileName(new ReportPeriod(true, new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), From)), Is.EqualTo("incident-report-2026-Q3.png"));
    }
}
