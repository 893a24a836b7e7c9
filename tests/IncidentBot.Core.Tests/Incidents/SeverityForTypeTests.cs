using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Policies.PolicyFixtures;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>How an incident's type changes the severity that applies to it.</summary>
public sealed class SeverityForTypeTests
{
    private static SeverityLadder Ladder()
    {
        var options = new IncidentBotOptions();
        options.Types["slow"] = new IncidentTypeOptions { UpdateCadence = TimeSpan.FromHours(4) };
        options.Types["fast"] = new IncidentTypeOptions { UpdateCadence = TimeSpan.FromMinutes(10), Roles = ["comms", "ic"] };
        return SeverityLadder.From(options);
    }

    [Test]
    public void For_TypeCadenceMoreFrequent_TakesTheTypesAndAddsItsRoles()
    {
        var severity = Ladder().For(Incident() with { Type = "fast" });

        Assert.That(severity.UpdateCadence, Is.EqualTo(TimeSpan.FromMinutes(10)));
        Assert.That(severity.RequiredRoles, Is.EqualTo(new[] { "ic", "lead", "comms" }));
    }

    [Test]
    public void SeverityHistory_OfATypedIncident_GivesEachEarlierSeverityTheTypesCadence()
    {
        var ladder = Ladder();
        var incident = Incident() with { SeverityKey = "sev2", Type = "fast" };
        var change = new TimelineEntry(1, 7, Declared.AddMinutes(20), Declared.AddMinutes(20), TimelineKind.SeverityChanged, "SEV1 → SEV2", "U1");

        var periods = IncidentBot.Core.Postmortems.SeverityHistory.Periods(Declared, ladder.For(incident), [change], ladder, incident.Type);

        Assert.That(periods.Select(p => (p.DisplayKey, p.Cadence)), Is.EqualTo(new[]
        {
            ("SEV1", (TimeSpan?)TimeSpan.FromMinutes(10)),
            ("SEV2", (TimeSpan?)TimeSpan.FromMinutes(10)),
        }));
    }

    [Test]
    public void For_TypeCadenceSlowerThanTheSeverity_KeepsTheSeverityCadence() =>
        Assert.That(Ladder().For(Incident() with { Type = "slow" }).UpdateCadence, Is.EqualTo(TimeSpan.FromMinutes(30)));

    [Test]
    public void For_SeverityWithoutCadence_TakesTheTypes() =>
        Assert.That(Ladder().For(Incident() with { SeverityKey = "sev3", Type = "slow" }).UpdateCadence, Is.EqualTo(TimeSpan.FromHours(4)));

    [Test]
    public void For_TypeNoLongerConfigured_IsTheSeverityAsItIs()
    {
        var ladder = Ladder();

        Assert.That(ladder.For(Incident() with { Type = "gone" }), Is.SameAs(ladder.Get("sev1")));
    }
}
