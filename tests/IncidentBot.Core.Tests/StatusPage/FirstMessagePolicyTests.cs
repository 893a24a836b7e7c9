using IncidentBot.Core.Configuration;
using IncidentBot.Core.StatusPage;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Policies.PolicyFixtures;

namespace IncidentBot.Core.Tests.StatusPage;

public sealed class FirstMessagePolicyTests
{
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(30);

    [Test]
    public void NextDue_NothingPublished_RemindsAtThirtyThenEscalatesAtSixtyThenStops()
    {
        Assert.That(FirstMessagePolicy.NextDue(Incident(), true, Within, 0, false), Is.EqualTo(At(30)));
        Assert.That(FirstMessagePolicy.NextDue(Incident(), true, Within, 1, false), Is.EqualTo(At(60)));
        Assert.That(FirstMessagePolicy.NextDue(Incident(), true, Within, 2, false), Is.Null);
    }

    [Test]
    public void NextDue_PublishedResolvedPrivateSecurityOrNotNeeded_IsNone()
    {
        Assert.That(FirstMessagePolicy.NextDue(Incident(), true, Within, 0, published: true), Is.Null);
        Assert.That(FirstMessagePolicy.NextDue(Incident(Core.Incidents.IncidentStatus.Resolved), true, Within, 0, false), Is.Null);
        Assert.That(FirstMessagePolicy.NextDue(Incident() with { IsPrivate = true }, true, Within, 0, false), Is.Null);
        Assert.That(FirstMessagePolicy.NextDue(Incident() with { Type = DefaultTypes.SecurityKey }, true, Within, 0, false), Is.Null);
        Assert.That(FirstMessagePolicy.NextDue(Incident(), needed: false, Within, 0, false), Is.Null);
    }

    [Test]
    public void Due_BeforeTheMark_None_AtTheMark_TheNextMark()
    {
        Assert.That(FirstMessagePolicy.Due(Incident(), true, Within, 0, false, At(29)), Is.Null);
        Assert.That(FirstMessagePolicy.Due(Incident(), true, Within, 0, false, At(30)), Is.EqualTo(1));
        Assert.That(FirstMessagePolicy.Due(Incident(), true, Within, 1, false, At(75)), Is.EqualTo(2));
    }

    [Test]
    public void ComponentCatalog_Read_KeepsTheWorseStateAndReportsUnknownValues()
    {
        var catalog = new ComponentCatalog(new StatusPageOptions
        {
            Components = new(StringComparer.OrdinalIgnoreCase) { ["api"] = new() { Name = "API", Order = 2 }, ["web"] = new() { Name = "Website", Order = 1 } },
        });

        var (picked, unknown) = catalog.Read(["api:degraded", "api:major_outage", "web:partial_outage", "db:degraded", "web:on_fire", "nonsense"]);

        Assert.That(catalog.All.Select(c => c.Key), Is.EqualTo(new[] { "web", "api" }), "by order");
        Assert.That(picked, Is.EquivalentTo(new Dictionary<string, ComponentState> { ["api"] = ComponentState.MajorOutage, ["web"] = ComponentState.PartialOutage }));
        Assert.That(unknown, Is.EqualTo(new[] { "db:degraded", "web:on_fire", "nonsense" }));
    }
}
