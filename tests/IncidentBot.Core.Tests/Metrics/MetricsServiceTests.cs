using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Postmortems;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Metrics;

/// <summary><c>/incident stats</c> as Core reports it from incidents run through the real services.</summary>
[TestFixture]
public sealed class MetricsServiceTests
{
    [Test]
    public async Task Report_SeverityRaisedMidIncident_HoldsEachStretchToItsOwnCadence()
    {
        using var life = await LifecycleFixture.StartAsync();
        var incident = await life.DeclareAsync("sev2");
        foreach (var minutes in new[] { 50, 100, 150 })
        {
            await life.UpdateAsync(incident, minutes);
        }

        life.At(160);
        await life.Severities.ChangeAsync(incident.Id, "U1", life.Core.Ladder.Get("sev1"), "customers affected");
        await life.UpdateAsync(incident, 185);
        await life.UpdateAsync(incident, 210);
        await life.ResolveAsync(incident, 230, startPostmortem: false);

        var report = await life.Metrics.ReportAsync(30);

        Assert.That(report.UpdatesOnTime, Is.EqualTo(new Ratio(5, 5)), "hourly updates at SEV2, half-hourly ones after the raise to SEV1");
    }

    [Test]
    public async Task Report_SeverityLoweredMidIncident_HoldsEachStretchToItsOwnCadence()
    {
        using var life = await LifecycleFixture.StartAsync();
        var incident = await life.DeclareAsync("sev1");
        await life.UpdateAsync(incident, 25);
        life.At(40);
        await life.Severities.ChangeAsync(incident.Id, "U1", life.Core.Ladder.Get("sev2"), null);
        await life.UpdateAsync(incident, 95);
        await life.ResolveAsync(incident, 120, startPostmortem: false);

        var report = await life.Metrics.ReportAsync(30);

        Assert.That(report.UpdatesOnTime, Is.EqualTo(new Ratio(2, 2)));
    }

    [Test]
    public async Task Report_SeverityRaisedAndUpdatesKeptToTheOldCadence_CountsTheMissedFasterDeadlines()
    {
        using var life = await LifecycleFixture.StartAsync();
        var incident = await life.DeclareAsync("sev2");
        await life.UpdateAsync(incident, 50);
        life.At(60);
        await life.Severities.ChangeAsync(incident.Id, "U1", life.Core.Ladder.Get("sev1"), null);
        await life.UpdateAsync(incident, 110);
        await life.ResolveAsync(incident, 120, startPostmortem: false);

        var report = await life.Metrics.ReportAsync(30);

        Assert.That(report.UpdatesOnTime, Is.EqualTo(new Ratio(1, 2)), "50 minutes of silence at SEV1 misses its 30-minute deadline");
    }

    [Test]
    public async Task RequestAsync_AfterAResolveWithoutPostmortem_StartsItOnTheRecordAndItCounts()
    {
        using var life = await LifecycleFixture.StartAsync();
        var incident = await life.DeclareAsync("sev2");
        await life.ResolveAsync(incident, 30, startPostmortem: false);
        Assert.That((await life.Metrics.ReportAsync(30)).PostmortemsCompleted, Is.EqualTo(new Ratio(0, 0)));

        life.At(24 * 60);
        var started = await life.Postmortems.RequestAsync(incident.Id, "U2", "command-1");
        var again = await life.Postmortems.RequestAsync(incident.Id, "U2", "command-2");

        Assert.That((started, again), Is.EqualTo((true, false)), "the second request only recompiles");
        var stored = (await life.Core.Incidents.GetAsync(incident.Id))!;
        Assert.That(stored.Stage, Is.EqualTo(IncidentStage.PostmortemDraft));
        var entries = await life.Core.Timeline.ListAsync(incident.Id);
        Assert.That(entries.Single(e => e.Kind == TimelineKind.PostmortemStarted).UserId, Is.EqualTo("U2"));
        Assert.That(PostmortemService.StartedAt(stored, entries), Is.EqualTo(life.Start.AddDays(1)), "reminders count from the start");
        Assert.That((await life.Metrics.ReportAsync(30)).PostmortemsCompleted, Is.EqualTo(new Ratio(0, 1)));
    }

    [Test]
    public async Task RequestAsync_PostmortemStartedLateThenReviewed_CountsAsCompletedAndStaysCountedAfterAReopening()
    {
        using var life = await LifecycleFixture.StartAsync();
        var incident = await life.DeclareAsync("sev2");
        await life.ResolveAsync(incident, 30, startPostmortem: false);
        await life.Postmortems.RequestAsync(incident.Id, "U2", "command-1");
        await life.Postmortems.CompleteReviewAsync(incident.Id, "U1");
        Assert.That((await life.Metrics.ReportAsync(30)).PostmortemsCompleted, Is.EqualTo(new Ratio(1, 1)));

        life.At(60);
        await life.Resolutions.ReopenAsync(incident.Id, "U1");

        Assert.That((await life.Metrics.ReportAsync(30)).PostmortemsCompleted, Is.EqualTo(new Ratio(0, 1)), "started once, not complete any more");
    }
}
