using IncidentBot.Core.Metrics;
using IncidentBot.Core.Postmortems;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Metrics;

public sealed class IncidentMetricsTests
{
    private static readonly string[] ExpectedOrder = ["sev0", "sev2"];
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static MetricsIncident Incident(
        int number, string severity = "sev1", int? icMin = null, int? mitigatedMin = null, int? resolvedMin = null,
        bool isPrivate = false, UpdateTiming? updates = null, bool started = false, bool closed = false, int actions = 0, int done = 0) =>
        new(number, severity, isPrivate, T0,
            icMin is { } a ? T0.AddMinutes(a) : null, mitigatedMin is { } m ? T0.AddMinutes(m) : null,
            resolvedMin is { } r ? T0.AddMinutes(r) : null, updates ?? UpdateTiming.None, started, closed, actions, done);

    [Test]
    public void Mtta_MeanOverIncidentsWithAnIc_IgnoresThoseWithout() =>
        Assert.That(IncidentMetrics.Mtta([Incident(1, icMin: 2), Incident(2, icMin: 6), Incident(3)]), Is.EqualTo(TimeSpan.FromMinutes(4)));

    [Test]
    public void Mttd_MeanFromFirstAlertToDeclared_OverIncidentsAnAlertFiredForFirst()
    {
        var fromAlerts = new[]
        {
            Incident(1) with { FirstAlertAt = T0.AddMinutes(-4) },
            Incident(2) with { FirstAlertAt = T0.AddMinutes(-10) },
            Incident(3) with { FirstAlertAt = T0.AddMinutes(15) },
            Incident(4),
        };

        Assert.That(IncidentMetrics.Mttd(fromAlerts), Is.EqualTo(TimeSpan.FromMinutes(7)), "an alert linked after declaring detected nothing");
        Assert.That(IncidentMetrics.Stats("all", fromAlerts).FromAlerts, Is.EqualTo(2));
    }

    [Test]
    public void Mttd_NoIncidentFromAnAlert_IsNull() => Assert.That(IncidentMetrics.Mttd([Incident(1)]), Is.Null);

    [Test]
    public void Mtta_NoIncidentWithAnIc_IsNull() => Assert.That(IncidentMetrics.Mtta([Incident(1)]), Is.Null);

    [Test]
    public void Mttm_UsesMitigationOrElseResolution() =>
        Assert.That(IncidentMetrics.Mttm([Incident(1, mitigatedMin: 20, resolvedMin: 60), Incident(2, resolvedMin: 40), Incident(3)]),
            Is.EqualTo(TimeSpan.FromMinutes(30)));

    [Test]
    public void Mttr_MeanOverResolvedIncidents() =>
        Assert.That(IncidentMetrics.Mttr([Incident(1, resolvedMin: 60), Incident(2, resolvedMin: 120), Incident(3)]),
            Is.EqualTo(TimeSpan.FromMinutes(90)));

    [Test]
    public void UpdatesOnTime_SumsDeadlinesMetOverDeadlinesDue()
    {
        var ratio = IncidentMetrics.UpdatesOnTime([Incident(1, updates: new UpdateTiming(3, 4)), Incident(2, updates: new UpdateTiming(1, 1))]);

        Assert.That(ratio, Is.EqualTo(new Ratio(4, 5)));
        Assert.That(ratio.Rate, Is.EqualTo(0.8));
    }

    [Test]
    public void PostmortemsCompleted_ClosedOfStarted_IgnoresIncidentsWithoutOne() =>
        Assert.That(IncidentMetrics.PostmortemsCompleted(
            [Incident(1, started: true, closed: true), Incident(2, started: true), Incident(3), Incident(4, started: true)]),
            Is.EqualTo(new Ratio(1, 3)));

    [Test]
    public void ActionsCompleted_DoneOfAll() =>
        Assert.That(IncidentMetrics.ActionsCompleted([Incident(1, actions: 3, done: 1), Incident(2, actions: 1, done: 1)]),
            Is.EqualTo(new Ratio(2, 4)));

    [Test]
    public void ActionsCompleted_NoActions_HasNoRate() => Assert.That(IncidentMetrics.ActionsCompleted([Incident(1)]).Rate, Is.Null);

    [Test]
    public void Report_GroupsBySeverityInLadderOrder_CountingPrivateAndOpen()
    {
        var report = IncidentMetrics.Report(
            [Incident(1, "sev2", resolvedMin: 30), Incident(2, "sev0", isPrivate: true), Incident(3, "SEV2", isPrivate: true, resolvedMin: 90)],
            ["sev0", "sev1", "sev2", "sev3"], 30);

        Assert.That(report.PerSeverity.Select(s => s.SeverityKey), Is.EqualTo(ExpectedOrder));
        Assert.That(report.PerSeverity[1], Is.EqualTo(new SeverityStats("sev2", 2, 1, 0, null, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(60))));
        Assert.That(report.Overall.Count, Is.EqualTo(3));
        Assert.That(report.Overall.Private, Is.EqualTo(2));
        Assert.That(report.Overall.Open, Is.EqualTo(1));
    }
}
