using System.Globalization;
using IncidentBot.Web;

namespace IncidentBot.Tests.Web;

[TestFixture]
public sealed class SvgBarChartTests
{
    private static string Seconds(double value) => value.ToString("0", CultureInfo.InvariantCulture) + " s";

    [Test]
    public void Render_LabelsTheAxisWithTheLargestFigure()
    {
        var svg = SvgBarChart.Render("ttr", "Time to resolve", ["Mon", "Tue"], [new ChartSeries("resolve", [30, 90])], Seconds);

        Assert.That(svg, Does.Contain(">90 s</text>"));
        Assert.That(svg, Does.Contain(">0</text>"));
        Assert.That(svg, Does.Contain("<desc id=\"ttr-desc\">Mon: 30 s; Tue: 90 s</desc>"));
    }

    [Test]
    public void Render_WithEveryFigureZero_LabelsTheAxisZeroOnce()
    {
        var svg = SvgBarChart.Render("ttr", "Time to resolve", ["Mon", "Tue"], [new ChartSeries("resolve", [0, null])], Seconds);

        Assert.That(svg, Does.Not.Contain(">0 s</text>"));
        Assert.That(svg.Split(">0</text>").Length - 1, Is.EqualTo(1));
        Assert.That(svg, Does.Contain("Mon: 0 s; Tue: —"));
    }
}
