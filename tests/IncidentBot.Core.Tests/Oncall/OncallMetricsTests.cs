using IncidentBot.Core.Metrics;
using IncidentBot.Core.Postmortems;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Oncall;

/// <summary>MTTA is declared → first acknowledgement; pages left unanswered in their window are counted.</summary>
public sealed class OncallMetricsTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static MetricsIncident Incident(int number, TimeSpan? acknowledged, TimeSpan? commander, int pages = 0, int unanswered = 0) => new(
        number, "sev1", false, Declared, Declared + commander, null, null, new UpdateTiming(0, 0), false, false, 0, 0, null, null,
        Declared + acknowledged, pages, unanswered);

    [Test]
    public void Mtta_PagedIncident_CountsToTheFirstAcknowledgementNotToTheIc()
    {
        var paged = Incident(1, TimeSpan.FromMinutes(4), commander: TimeSpan.FromMinutes(4), pages: 2, unanswered: 1);
        var declaredByTheIc = Incident(2, null, commander: TimeSpan.Zero);

        Assert.That(IncidentMetrics.Mtta([paged]), Is.EqualTo(TimeSpan.FromMinutes(4)));
        Assert.That(IncidentMetrics.Mtta([declaredByTheIc]), Is.EqualTo(TimeSpan.Zero), "the declarer acknowledged by taking IC");
        Assert.That(IncidentMetrics.Mtta([paged with { CommanderAssignedAt = Declared + TimeSpan.FromMinutes(1) }]), Is.EqualTo(TimeSpan.FromMinutes(4)));
    }

    [Test]
    public void Report_Pages_CountsThoseUnansweredInTheirWindow()
    {
        var report = IncidentMetrics.Report([Incident(1, TimeSpan.FromMinutes(6), null, pages: 2, unanswered: 1), Incident(2, TimeSpan.FromMinutes(1), null, pages: 1)],
            ["sev1"], 30);

        Assert.That((report.Pages, report.PagesUnanswered), Is.EqualTo((3, 1)));
        Assert.That(report.Overall.Mtta, Is.EqualTo(TimeSpan.FromMinutes(3.5)));
    }
}
