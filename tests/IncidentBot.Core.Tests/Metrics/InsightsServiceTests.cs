using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Metrics;

/// <summary>The insights read back from incidents run through the real services, on a real database.</summary>
[TestFixture]
public sealed class InsightsServiceTests
{
    [Test]
    public async Task Report_ServicesFromUpdatesAndTagsFromRootCauses_FindTheRecurrence()
    {
        using var life = await LifecycleFixture.StartAsync();
        var first = await ResolvedAsync(life, "first", 0, "Checkout, payments", 60, "A bad #config push");
        var second = await ResolvedAsync(life, "second", 24 * 60, "payments", 30, "#Config drift again");

        var report = await Insights(life).ReportAsync(life.Start.AddDays(-1), life.Start.AddDays(7), MetricsAudience.Channel);

        Assert.Multiple(() =>
        {
            Assert.That(report.Recurrences, Is.EqualTo(new[] { new Recurrence(second.Number, first.Number, "payments", "config") }));
            Assert.That(report.TopServices, Is.EqualTo(new[] { new ServiceCount("payments", 2), new ServiceCount("checkout", 1) }));
            Assert.That(report.Longest[0], Is.EqualTo(new LongIncident(first.Number, "first", "sev2", TimeSpan.FromHours(1))));
        });
    }

    [Test]
    public async Task Report_PeriodStartingBetweenThem_FindsTheRecurrenceOfAnIncidentFromBeforeIt()
    {
        using var life = await LifecycleFixture.StartAsync();
        var tagged = await ResolvedAsync(life, "tagged", 0, "payments", 60, "A bad #config push");
        await ResolvedAsync(life, "untagged", 120, "payments", 60, "A bad config push");
        var later = await ResolvedAsync(life, "later", 24 * 60, "payments", 30, "#config again");

        var report = await Insights(life).ReportAsync(life.Start.AddHours(12), life.Start.AddDays(7), MetricsAudience.Channel);

        Assert.That(report.Recurrences, Is.EqualTo(new[] { new Recurrence(later.Number, tagged.Number, "payments", "config") }));
        Assert.That(report.Stats.Overall.Count, Is.EqualTo(1), "only the period's incident is counted");
    }

    [Test]
    public async Task Report_PrivateIncident_CountsOnlyForItsMembersAndNeverInAChannel()
    {
        using var life = await LifecycleFixture.StartAsync();
        await DeclareAsync(life, "public", 0, isPrivate: false);
        await DeclareAsync(life, "private", 5, isPrivate: true);
        var insights = Insights(life);
        var (from, to) = (life.Start.AddDays(-1), life.Start.AddDays(1));

        var member = await insights.ReportAsync(from, to, MetricsAudience.PrivateMembers("U1"), CancellationToken.None);
        var outsider = await insights.ReportAsync(from, to, MetricsAudience.PrivateMembers("U9"), CancellationToken.None);
        var channel = await insights.ReportAsync(from, to, MetricsAudience.Channel, CancellationToken.None);

        Assert.That((member.Stats.Overall.Count, outsider.Stats.Overall.Count, channel.Stats.Overall.Count), Is.EqualTo((2, 1, 1)));
        Assert.That(outsider.Longest.Concat(channel.Longest).Select(l => l.Title), Has.None.EqualTo("private"));
    }

    private static InsightsService Insights(LifecycleFixture life) => new(life.Metrics);

    /// <summary>
    /// A public incident declared at <paramref name="minutes"/>, updated 10 minutes later naming <paramref name="services"/>,
    /// and resolved <paramref name="resolvedAfter"/> minutes after it was declared with <paramref name="rootCause"/>.
    /// </summary>
    private static async Task<Incident> ResolvedAsync(LifecycleFixture life, string title, int minutes, string services, int resolvedAfter, string rootCause)
    {
        var incident = await DeclareAsync(life, title, minutes, isPrivate: false);
        await UpdateAsync(life, incident, minutes + 10, services);
        await ResolveAsync(life, incident, minutes + resolvedAfter, rootCause);
        return incident;
    }

    private static async Task<Incident> DeclareAsync(LifecycleFixture life, string title, int minutes, bool isPrivate)
    {
        life.At(minutes);
        var request = new DeclareRequest($"declare-{title}", title, life.Core.Ladder.Get("sev2"), "U1", isPrivate, DeclarerIsCommander: true);
        return (await life.Core.Declarations.DeclareAsync(request)).Incident;
    }

    private static Task<UpdateResult> UpdateAsync(LifecycleFixture life, Incident incident, int minutes, string services)
    {
        life.At(minutes);
        return life.Updates.PostAsync(new UpdateRequest(incident.Id, $"update-{minutes}", "U1", null, "Working on it",
            Details: new UpdateDetails { Services = services }));
    }

    private static Task<ChangeResult> ResolveAsync(LifecycleFixture life, Incident incident, int minutes, string rootCause)
    {
        life.At(minutes);
        return life.Resolutions.ResolveAsync(new ResolveRequest(incident.Id, "U1", "Rolled back", rootCause, true, false, $"resolve-{minutes}"));
    }
}
