using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Postmortems;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Metrics;

public sealed class InsightsBuilderTests
{
    private static readonly string[] Order = ["sev1", "sev2"];
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static MetricsIncident Incident(int number, DateTimeOffset declared, string severity = "sev2", double? resolvedHours = null,
        string[]? services = null, string[]? tags = null, int? ackMinutes = null) =>
        new(number, severity, false, declared, ackMinutes is { } a ? declared.AddMinutes(a) : null, null,
            resolvedHours is { } h ? declared.AddHours(h) : null, UpdateTiming.None, false, false, 0, 0)
        { Title = $"Incident {number}", Services = services ?? [], RootCauseTags = tags ?? [] };

    [Test]
    public void Recurrences_SameServiceAndTagWithin90Days_CountsTheLaterOneAgainstTheLatestEarlier()
    {
        var incidents = new[]
        {
            Incident(1, From.AddDays(-80), services: ["api"], tags: ["config"]),
            Incident(2, From.AddDays(-10), services: ["api", "db"], tags: ["config"]),
            Incident(3, From.AddDays(5), services: ["db"], tags: ["config", "dns"]),
        };

        var found = InsightsBuilder.Recurrences(incidents, From, To);

        Assert.That(found, Is.EqualTo(new[] { new Recurrence(3, 2, "db", "config") }));
    }

    [Test]
    public void Recurrences_OnlyServiceOrOnlyTagInCommonOrOver90DaysApart_AreNotRecurrences()
    {
        var incidents = new[]
        {
            Incident(1, From.AddDays(-100), services: ["api"], tags: ["config"]),
            Incident(2, From.AddDays(-5), services: ["api"], tags: ["capacity"]),
            Incident(3, From.AddDays(-4), services: ["web"], tags: ["config"]),
            Incident(4, From.AddDays(1), services: ["api"], tags: ["config"]),
        };

        Assert.That(InsightsBuilder.Recurrences(incidents, From, To), Is.Empty);
    }

    [Test]
    public void Build_SplitsWeeksBySeverity_EveryLadderRungListedAndAddingUpToTheTotals()
    {
        var incidents = new[]
        {
            Incident(1, From.AddDays(1), severity: "sev1"),
            Incident(2, From.AddDays(2)),
            Incident(3, From.AddDays(3), severity: "sev9"),
            Incident(4, From.AddDays(20)),
        };

        var report = InsightsBuilder.Build(incidents, From, To, Order);

        Assert.Multiple(() =>
        {
            Assert.That(report.WeeksBySeverity.Select(s => s.SeverityKey), Is.EqualTo(new[] { "sev1", "sev2", "sev9" }));
            Assert.That(report.WeeksBySeverity[0].Weeks.Select(w => w.Count), Is.EqualTo(new[] { 0, 1, 0, 0, 0, 0 }));
            Assert.That(report.WeeksBySeverity[1].Weeks.Select(w => w.Count), Is.EqualTo(new[] { 0, 1, 0, 1, 0, 0 }));
            Assert.That(report.WeeksBySeverity[2].Weeks.Select(w => w.Count), Is.EqualTo(new[] { 0, 1, 0, 0, 0, 0 }));
            Assert.That(report.Weeks.Select((w, n) => w.Count == report.WeeksBySeverity.Sum(s => s.Weeks[n].Count)), Is.All.True);
        });
    }

    [Test]
    public void Build_CountsWeeksIncludingQuietOnes_AndMonthlyMeanTimes()
    {
        var incidents = new[]
        {
            Incident(1, From.AddDays(1), resolvedHours: 2, ackMinutes: 4),
            Incident(2, From.AddDays(2), resolvedHours: 4, ackMinutes: 8),
            Incident(3, From.AddDays(20), resolvedHours: 1),
        };

        var report = InsightsBuilder.Build(incidents, From, To, Order);

        Assert.Multiple(() =>
        {
            Assert.That(report.Weeks[0], Is.EqualTo(new PeriodCount(new DateOnly(2026, 10, 26), 0)), "1 Nov 2026 is a Sunday: its week starts on Monday 26 Oct");
            Assert.That(report.Weeks.Select(w => w.Count), Is.EqualTo(new[] { 0, 2, 0, 1, 0, 0 }));
            Assert.That(report.Months, Is.EqualTo(new[] { new MonthTimes(new DateOnly(2026, 11, 1), 3, TimeSpan.FromMinutes(6), TimeSpan.FromHours(7.0 / 3), TimeSpan.FromHours(7.0 / 3)) }));
            Assert.That(report.Stats.Overall.Count, Is.EqualTo(3));
            Assert.That(report.Longest.Select(l => l.Number), Is.EqualTo(new[] { 2, 1, 3 }));
        });
    }

    [Test]
    public void Build_IncidentsBeforeThePeriod_OnlyServeRecurrence()
    {
        var incidents = new[]
        {
            Incident(1, From.AddDays(-3), services: ["api"], tags: ["config"]),
            Incident(2, From.AddDays(3), services: ["api"], tags: ["config"]),
            Incident(3, From.AddDays(4), services: ["web"]) with { Outcome = IncidentOutcome.Cancelled },
        };

        var report = InsightsBuilder.Build(incidents, From, To, Order);

        Assert.Multiple(() =>
        {
            Assert.That(report.Stats.Overall.Count, Is.EqualTo(1));
            Assert.That(report.Stats.Cancelled, Is.EqualTo(1));
            Assert.That(report.RecurrenceRate, Is.EqualTo(new Ratio(1, 1)));
            Assert.That(report.TopServices, Is.EqualTo(new[] { new ServiceCount("api", 1) }), "a cancelled incident says nothing of a service");
        });
    }

    [Test]
    public void Targets_WorstRungAgainstFiveMinutesAndFourHours()
    {
        var incidents = new[]
        {
            Incident(1, From.AddDays(1), "sev1", resolvedHours: 5, ackMinutes: 3),
            Incident(2, From.AddDays(1), "sev2", resolvedHours: 1, ackMinutes: 30),
        };

        var targets = InsightsBuilder.Build(incidents, From, To, Order).Targets;

        Assert.That((targets.WorstSeverityKey, targets.MttaMet, targets.MttrMet), Is.EqualTo(("sev1", (bool?)true, (bool?)false)));
    }

    [Test]
    public void RecurrenceKeys_SplitServicesAndReadHashTags()
    {
        Assert.That(RecurrenceKeys.Services(" API, db;\nAPI "), Is.EqualTo(new[] { "api", "db" }));
        Assert.That(RecurrenceKeys.Tags("Bad #Config push, see issue#12 and #config again; #дисковое_место"), Is.EqualTo(new[] { "config", "дисковое_место" }));
    }
}
