using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Policies.PolicyFixtures;

namespace IncidentBot.Core.Tests.Policies;

public sealed class ResolveCautionTests
{
    private static ChecklistItem Item(ChecklistKind kind, int number, bool ticked) =>
        new(1, kind, number, $"item {number}", ticked ? "U1" : null, ticked ? Declared : null);

    [Test]
    public void For_VerificationUntickedAndNeverMonitoring_CautionsAboutBoth()
    {
        var items = new[] { Item(ChecklistKind.Verification, 1, true), Item(ChecklistKind.Verification, 2, false), Item(ChecklistKind.Activation, 1, false) };

        var caution = ResolveCaution.For(Incident(IncidentStatus.Mitigating), Sev1(), State(), items, At(30));

        Assert.That(caution.Unticked.Select(i => i.Number), Is.EqualTo(new[] { 2 }), "activation items do not hold up resolving");
        Assert.That(caution.SoakPending, Is.True);
        Assert.That(caution.StableFor, Is.Null);
        Assert.That(caution.Any, Is.True);
    }

    [Test]
    public void For_MonitoringShorterThanTheSoak_SaysHowLongItHasBeenStable()
    {
        var state = State() with { MonitoringSince = At(20) };

        var caution = ResolveCaution.For(Incident(IncidentStatus.Monitoring), Sev1(), state, [], At(30));

        Assert.That(caution.StableFor, Is.EqualTo(TimeSpan.FromMinutes(10)));
        Assert.That(caution.SoakPending, Is.True, "sev1 soaks for 15 minutes");
    }

    [Test]
    public void For_AllTickedAndSoaked_HasNothingToAsk()
    {
        var state = State() with { MonitoringSince = At(10) };

        var caution = ResolveCaution.For(Incident(IncidentStatus.Monitoring), Sev1(), state, [Item(ChecklistKind.Verification, 1, true)], At(25));

        Assert.That(caution.Any, Is.False);
    }

    [Test]
    public void For_SeverityWithoutSoak_AsksOnlyAboutTheChecklist()
    {
        var caution = ResolveCaution.For(Incident(), Sev3(), State(), [], At(5));

        Assert.That(caution.SoakPending, Is.False);
        Assert.That(caution.Any, Is.False);
    }
}
